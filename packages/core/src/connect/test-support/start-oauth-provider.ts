import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface OAuthProviderClient {
  clientId: string;
  clientSecret: string;
  /** How the client authenticates at the token endpoint. */
  auth: 'client_secret_post' | 'client_secret_basic';
  /** Whether the provider insists on PKCE for this client. */
  pkce: boolean;
}

export interface OAuthProvider {
  issuer: string;
  authorizationUrl: string;
  tokenUrl: string;
  introspectionUrl: string;
  /** The confidential clients registered with `redirect_uri` = `<baseUrl>/oauth/callback`. */
  clients: { post: OAuthProviderClient; basic: OAuthProviderClient };
  /** A client the test API uses to introspect tokens (a resource server). */
  resourceServer: { clientId: string; clientSecret: string };
  /** Requests that reached the token endpoint, by grant type. */
  tokenRequests: { authorization_code: number; refresh_token: number };
  /** Every authorization request's query (to check PKCE, scopes, state, extra parameters). */
  authorizationRequests: URLSearchParams[];
  /**
   * Makes the provider forget one access token (as when a user changes their password): its
   * introspection says inactive while the grant and its refresh token stay valid. (RFC 7009
   * revocation would not do: oidc-provider revokes the whole grant with it.)
   */
  invalidateAccessToken(token: string): Promise<void>;
  /** Lifetime of access tokens issued from now on; change it to get tokens that expire soon. */
  settings: { accessTokenTtlSeconds: number };
  close(): Promise<void>;
}

/** The scopes the test API understands; access tokens carry them. */
export const API_SCOPES = ['things:read', 'things:write'];
const API_RESOURCE = 'urn:toolrouter-test:things-api';

/**
 * A real OAuth 2 authorization server (`oidc-provider`) on 127.0.0.1: authorization code flow
 * with PKCE, refresh tokens that rotate on every use (reuse of an old one revokes the grant),
 * opaque access tokens for a test API and RFC 7662 introspection for that API. Consent runs through
 * oidc-provider's development login and consent pages; `completeAuthorization` drives them.
 */
export async function startOAuthProvider({ redirectUri }: { redirectUri: string }): Promise<OAuthProvider> {
  const tokenRequests = { authorization_code: 0, refresh_token: 0 };
  const authorizationRequests: URLSearchParams[] = [];
  const settings = { accessTokenTtlSeconds: 3600 };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients = {
    post: {
      clientId: 'toolrouter-post',
      clientSecret: 'post-secret-0123456789',
      auth: 'client_secret_post',
      pkce: true,
    },
    basic: {
      clientId: 'toolrouter-basic',
      clientSecret: 'basic-secret-0123456789',
      auth: 'client_secret_basic',
      pkce: false,
    },
  } satisfies Record<string, OAuthProviderClient>;
  const resourceServer = { clientId: 'things-api', clientSecret: 'things-api-secret-0123456789' };

  const provider = new Provider(issuer, {
    clients: [
      ...Object.values(clients).map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code' as const],
        token_endpoint_auth_method: client.auth,
      })),
      {
        client_id: resourceServer.clientId,
        client_secret: resourceServer.clientSecret,
        redirect_uris: [],
        grant_types: [] as string[],
        response_types: [] as 'code'[],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: (_context, client) => client.clientId === clients.post.clientId },
    scopes: ['openid', 'offline_access', ...API_SCOPES],
    features: {
      devInteractions: { enabled: true },
      introspection: { enabled: true, allowedPolicy: () => true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: API_SCOPES.join(' '),
          accessTokenFormat: 'opaque',
          accessTokenTTL: settings.accessTokenTtlSeconds,
        }),
      },
    },
    issueRefreshToken: (_context, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    findAccount: (_context, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    cookies: { keys: ['toolrouter-test-cookie-key'] },
    ttl: {
      AccessToken: () => settings.accessTokenTtlSeconds,
      Interaction: 600,
      Session: 3600,
      Grant: 86_400,
      RefreshToken: 86_400,
      AuthorizationCode: 60,
    },
  });
  // oidc-provider's warnings about development-only settings are expected here.
  const callback = provider.callback();
  server.on('request', (request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    if (url.pathname === '/auth') authorizationRequests.push(url.searchParams);
    callback(request, response);
  });
  provider.on('grant.success', (context) => {
    const grantType = (context.oidc.params?.grant_type as string | undefined) ?? '';
    if (grantType === 'authorization_code' || grantType === 'refresh_token') tokenRequests[grantType]++;
  });
  provider.on('grant.error', (context) => {
    const grantType = (context.oidc.params?.grant_type as string | undefined) ?? '';
    if (grantType === 'authorization_code' || grantType === 'refresh_token') tokenRequests[grantType]++;
  });

  return {
    issuer,
    authorizationUrl: `${issuer}/auth`,
    tokenUrl: `${issuer}/token`,
    introspectionUrl: `${issuer}/token/introspection`,
    clients,
    resourceServer,
    tokenRequests,
    authorizationRequests,
    settings,
    async invalidateAccessToken(token) {
      const found = await provider.AccessToken.find(token);
      if (!found) throw new Error('The provider does not know this access token.');
      await found.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
