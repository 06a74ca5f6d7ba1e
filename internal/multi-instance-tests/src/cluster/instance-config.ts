import type { ToolRouterOptions } from '@toolrouter/core';
import { echoToolkit } from '@toolrouter/core/test';
import { postgresStore } from '@toolrouter/postgres';
import { defineToolkit } from '@toolrouter/toolkits';

/**
 * The environment a cluster instance reads besides toolrouter's own `TOOLROUTER_*` variables
 * (`TOOLROUTER_ENCRYPTION_KEYS`, `TOOLROUTER_BASE_URL`, `TOOLROUTER_THINGS_CLIENT_ID`, ... which the
 * server and core read themselves).
 */
export interface InstanceEnvironment {
  /** The PostgreSQL database every instance shares. */
  TOOLROUTER_DATABASE_URL?: string;
  /** The schema of this test run, given to `postgresStore({ schema })`. */
  TOOLROUTER_DATABASE_SCHEMA?: string;
  /** The local API behind the `echo` and `notes` API key toolkits. */
  TEST_ECHO_API_URL?: string;
  /** The resource server behind the `things` OAuth toolkit, and its authorization server. */
  TEST_THINGS_API_URL?: string;
  TEST_OAUTH_AUTHORIZATION_URL?: string;
  TEST_OAUTH_TOKEN_URL?: string;
  /** The size of each instance's PostgreSQL pool (default: postgresStore's 10). */
  TEST_PG_POOL_MAX?: string;
}

/** `things`: a test API behind a real OAuth 2 server (oidc-provider), as core's OAuth test kit has it. */
function thingsToolkit(authorizationUrl: string, tokenUrl: string) {
  return defineToolkit({
    slug: 'things',
    name: 'Things',
    description: 'A test API behind a real OAuth 2 server.',
    baseUrl: 'https://things.invalid',
    auth: [
      {
        mode: 'oauth2',
        authorizationUrl,
        tokenUrl,
        scopes: ['things:read'],
        authorizeParams: { prompt: 'consent' },
      },
    ],
    tools: [
      {
        slug: 'THINGS_WHOAMI',
        name: 'Who am I',
        description: 'Returns the user the access token belongs to.',
        inputSchema: { type: 'object', properties: {}, additionalProperties: false },
        tags: ['readOnlyHint'],
        request: { method: 'GET', path: '/me' },
      },
    ],
  });
}

/** `notes`: the echo API again under another slug, so a test starts with no auth config for it. */
const notesToolkit = defineToolkit({
  ...echoToolkit,
  slug: 'notes',
  name: 'Notes',
  tools: echoToolkit.tools.map((tool) => ({ ...tool, slug: tool.slug.replace(/^ECHO_/, 'NOTES_') })),
});

/**
 * The router options of every instance of a test cluster, from its environment: the `echo`,
 * `notes` (API key) and `things` (OAuth 2) toolkits on local servers, and a PostgreSQL store on the
 * run's own schema. `toolrouter serve --config` loads this module; tests build their in-process
 * routers ("instance A" as an SDK user) from the same function.
 *
 * @example
 * const router = new ToolRouter(instanceOptions(process.env));
 */
export function instanceOptions(
  env: InstanceEnvironment & Record<string, string | undefined>,
): Omit<ToolRouterOptions, 'provider'> {
  const required = (name: keyof InstanceEnvironment): string => {
    const value = env[name];
    if (!value) throw new Error(`The cluster instance config needs ${name}.`);
    return value;
  };
  const echoUrl = required('TEST_ECHO_API_URL');
  return {
    builtinToolkits: false,
    toolkits: [
      echoToolkit,
      notesToolkit,
      thingsToolkit(required('TEST_OAUTH_AUTHORIZATION_URL'), required('TEST_OAUTH_TOKEN_URL')),
    ],
    toolkitBaseUrls: { echo: echoUrl, notes: echoUrl, things: required('TEST_THINGS_API_URL') },
    // A `sqlite:` URL: no store here, so the server opens the file itself (and locks it).
    ...(required('TOOLROUTER_DATABASE_URL').startsWith('sqlite:')
      ? {}
      : {
          store: postgresStore(
            { connectionString: required('TOOLROUTER_DATABASE_URL') },
            {
              schema: required('TOOLROUTER_DATABASE_SCHEMA'),
              ...(env.TEST_PG_POOL_MAX ? { max: Number(env.TEST_PG_POOL_MAX) } : {}),
            },
          ),
        }),
    execution: { retry: { baseDelayMs: 5, maxDelayMs: 50 } },
  };
}

/** What `toolrouter serve --config` reads. */
export default function config(): Omit<ToolRouterOptions, 'provider'> {
  return instanceOptions(process.env);
}
