import { randomBytes } from 'node:crypto';
import { type Credentials, defineToolkit } from '@toolrouter/toolkits';
import type { ConnectedAccountRow } from '../../connected-account/connected-account-row.ts';
import { connectedAccountAssociatedData } from '../../connected-account/connected-account-row.ts';
import { CredentialCipher } from '../../crypto/credential-cipher.ts';
import { parseEncryptionKeys } from '../../crypto/parse-encryption-keys.ts';
import type { Store } from '../../store/store.ts';
import { echoToolkit, publicEchoToolkit } from '../../test-support/echo-toolkits.ts';
import { testRouter } from '../../test-support/test-router.ts';
import { testStore } from '../../test-support/test-store.ts';
import type { ToolRouter } from '../../tool-router.ts';
import type { ToolRouterOptions } from '../../tool-router-options.ts';
import type { ConnectionRequest } from '../authorize-connection.ts';
import type { OAuthCallbackResult } from '../connect-link.ts';
import { completeAuthorization } from './complete-authorization.ts';
import { type OAuthProvider, startOAuthProvider } from './start-oauth-provider.ts';
import { startThingsApi, type ThingsApi } from './start-things-api.ts';

/** The router's public URL in these tests; the provider's clients register `<it>/oauth/callback`. */
export const ROUTER_BASE_URL = 'https://toolrouter.example.com';
export const REDIRECT_URI = `${ROUTER_BASE_URL}/oauth/callback`;
export const ALLOWED_CALLBACK = 'https://app.example.com/connected';

const thingsTools = (prefix: string) => [
  {
    slug: `${prefix}_WHOAMI`,
    name: 'Who am I',
    description: 'Returns the user the access token belongs to.',
    inputSchema: { type: 'object', properties: {}, additionalProperties: false },
    tags: ['readOnlyHint' as const],
    request: { method: 'GET' as const, path: '/me' },
  },
  {
    slug: `${prefix}_WHOAMI_HANDLER`,
    name: 'Who am I (handler)',
    description: 'Same as WHOAMI, through a handler and context.fetch.',
    inputSchema: { type: 'object', properties: {}, additionalProperties: false },
    tags: ['readOnlyHint' as const],
    handler: async (_input: Record<string, unknown>, context: { fetch(path: string): Promise<Response> }) => {
      const response = await context.fetch('/me');
      return { status: response.status, body: await response.json() };
    },
  },
];

export interface OAuthTestKit {
  provider: OAuthProvider;
  api: ThingsApi;
  /** Creates a router on a fresh test store with the `things` (body auth, PKCE) and `thingsbasic` (basic auth, no PKCE) toolkits. */
  createRouter(options?: Omit<ToolRouterOptions, 'provider'>): TestRouter;
  close(): Promise<void>;
}

export interface TestRouter {
  router: ToolRouter;
  store: Store;
  /** The account's decrypted credentials, read the way only the test may. */
  credentialsOf(accountId: string): Promise<Extract<Credentials, { accessToken: string }>>;
  /** Plays the user: opens the link's OAuth flow at the provider, consents (or denies) and delivers the callback. */
  connect(
    request: ConnectionRequest,
    options?: { decision?: 'approve' | 'deny'; login?: string },
  ): Promise<OAuthCallbackResult>;
}

/** A real authorization server, a resource server that introspects its tokens, and routers wired to both. */
export async function startOAuthTestKit(): Promise<OAuthTestKit> {
  const provider = await startOAuthProvider({ redirectUri: REDIRECT_URI });
  const api = await startThingsApi({
    introspectionUrl: provider.introspectionUrl,
    clientId: provider.resourceServer.clientId,
    clientSecret: provider.resourceServer.clientSecret,
  });
  const things = defineToolkit({
    slug: 'things',
    name: 'Things',
    description: 'A test API behind a real OAuth 2 server.',
    baseUrl: 'https://things.invalid',
    auth: [
      {
        mode: 'oauth2',
        authorizationUrl: provider.authorizationUrl,
        tokenUrl: provider.tokenUrl,
        scopes: ['things:read'],
        authorizeParams: { prompt: 'consent' },
      },
    ],
    tools: thingsTools('THINGS'),
  });
  const thingsBasic = defineToolkit({
    slug: 'thingsbasic',
    name: 'Things Basic',
    description: 'The same API, for a client that authenticates with HTTP Basic and uses no PKCE.',
    baseUrl: 'https://things.invalid',
    auth: [
      {
        mode: 'oauth2',
        authorizationUrl: provider.authorizationUrl,
        tokenUrl: provider.tokenUrl,
        scopes: ['things:read', 'things:write'],
        clientAuth: 'basic',
        pkce: false,
      },
    ],
    tools: thingsTools('THINGSBASIC'),
  });

  return {
    provider,
    api,
    createRouter(options = {}) {
      const [key] = options.encryptionKeys ?? [randomBytes(32).toString('base64')];
      const store = options.store ?? testStore();
      const router = testRouter({
        builtinToolkits: false,
        toolkits: [things, thingsBasic, echoToolkit, publicEchoToolkit],
        toolkitBaseUrls: { things: api.url, thingsbasic: api.url, echo: api.url, publicecho: api.url },
        baseUrl: ROUTER_BASE_URL,
        encryptionKeys: [key!],
        managedAuth: {
          things: {
            clientId: provider.clients.post.clientId,
            clientSecret: provider.clients.post.clientSecret,
          },
        },
        allowedCallbackUrls: [ALLOWED_CALLBACK],
        execution: { retry: { baseDelayMs: 5, maxDelayMs: 50 } },
        ...options,
        store,
      });
      const cipher = new CredentialCipher(parseEncryptionKeys([key!]));
      return {
        router,
        store,
        async credentialsOf(accountId) {
          const [row] = await store.query<ConnectedAccountRow>(
            'SELECT * FROM connected_accounts WHERE id = ?',
            [accountId],
          );
          return cipher.decryptJson(row!.credentials!, connectedAccountAssociatedData(row!.id, row!.user_id));
        },
        async connect(request, { decision = 'approve', login = 'alice' } = {}) {
          const linkId = new URL(request.redirectUrl).pathname.split('/').at(-1)!;
          const authorizationUrl = await router.connect.startOAuth(linkId);
          const landing = await completeAuthorization(authorizationUrl, {
            redirectUri: REDIRECT_URI,
            decision,
            login,
          });
          return router.connect.handleOAuthCallback(Object.fromEntries(landing.searchParams));
        },
      };
    },
    async close() {
      await api.close();
      await provider.close();
    },
  };
}
