import type { Tool } from '../catalog/tool.ts';
import { ToolNotFoundError } from '../errors/tool-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { Provider } from '../provider/provider.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';
import { RemoteAuthConfigsApi } from './remote-auth-configs-api.ts';
import { remoteCatalog } from './remote-catalog.ts';
import { RemoteConnectApi } from './remote-connect-api.ts';
import { RemoteConnectedAccountsApi } from './remote-connected-accounts-api.ts';
import { RemoteLogsApi } from './remote-logs-api.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { RemoteSessionsApi } from './remote-sessions-api.ts';
import { RestClient } from './rest-client.ts';

/** Options that configure the server's own router; a remote client has nothing to apply them to. */
const SERVER_OPTIONS = [
  'store',
  'encryptionKeys',
  'keyFile',
  'toolkits',
  'builtinToolkits',
  'toolkitBaseUrls',
  'managedAuth',
  'allowedCallbackUrls',
  'execution',
  'search',
  'logs',
  'credentialCache',
] as const;

/**
 * Everything `new ToolRouter({ apiUrl })` is made of: the same public APIs, answered by a toolrouter
 * server over its REST API. Nothing is sent at construction; the first call asks the server for its
 * public URL (`GET /api/v1/info`), which also checks the admin key.
 */
export function createRemoteRouter<TProvider extends Provider>(
  options: ToolRouterOptions<TProvider>,
  provider: TProvider,
) {
  for (const name of SERVER_OPTIONS) {
    if (options[name] !== undefined) {
      throw new ValidationError({
        field: name,
        message: `${name} configures the server's router, not a remote client (apiUrl). Set it where the server runs, e.g. in the options \`toolrouter serve --config <file>\` loads.`,
      });
    }
  }
  const env = options.env ?? process.env;
  const apiKey = options.apiKey ?? env.TOOLROUTER_API_KEY;
  if (!apiKey) {
    throw new ValidationError({
      field: 'apiKey',
      message: "Remote mode needs the server's admin key: pass apiKey or set TOOLROUTER_API_KEY.",
    });
  }
  if (
    typeof options.apiUrl !== 'string' ||
    !/^https?:\/\//.test(options.apiUrl) ||
    !URL.canParse(options.apiUrl)
  ) {
    throw new ValidationError({
      field: 'apiUrl',
      message: `apiUrl must be the http(s) URL of a toolrouter server, e.g. 'https://tools.example.com'; got ${JSON.stringify(options.apiUrl)}.`,
    });
  }
  const client = new RestClient({ apiUrl: options.apiUrl, apiKey });
  const explicitBaseUrl = options.baseUrl?.replace(/\/+$/, '');
  let baseUrl = explicitBaseUrl ?? client.apiUrl.replace(/\/api\/v1$/, '');
  const tools = new Map<string, Tool>();

  const findTool = async (slug: string): Promise<Tool | undefined> => {
    if (typeof slug !== 'string' || slug === '') return undefined;
    const known = tools.get(slug);
    if (known) return known;
    try {
      const tool = await client.request<Tool>('GET', `/tools/${encodeURIComponent(slug)}`);
      tools.set(slug, tool);
      return tool;
    } catch (error) {
      if (ToolNotFoundError.isInstance(error)) return undefined;
      throw error;
    }
  };
  const start = async (): Promise<RemoteRuntime> => {
    const info = await client.request<{ baseUrl: string }>('GET', '/info');
    baseUrl = explicitBaseUrl ?? info.baseUrl;
    return { client, baseUrl, provider, findTool };
  };
  let started: Promise<RemoteRuntime> | undefined;
  // A failed start (server down, wrong key) is not kept: the next call tries again.
  const remote = (): Promise<RemoteRuntime> => {
    started ??= start().catch((error: unknown) => {
      started = undefined;
      throw error;
    });
    return started;
  };

  return {
    sessions: new RemoteSessionsApi<TProvider>(remote),
    authConfigs: new RemoteAuthConfigsApi(remote),
    connectedAccounts: new RemoteConnectedAccountsApi(remote),
    logs: new RemoteLogsApi(remote),
    connect: new RemoteConnectApi(remote),
    ...remoteCatalog(remote),
    /** The server's public URL once it has answered (the `baseUrl` option wins); before that, apiUrl's. */
    baseUrl: () => baseUrl,
    ready: async () => {
      await remote();
    },
    ping: async () => {
      await (await remote()).client.request('GET', '/ping');
    },
  };
}

export type RemoteRouter<TProvider extends Provider> = ReturnType<typeof createRemoteRouter<TProvider>>;
