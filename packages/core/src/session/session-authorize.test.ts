import { describe, expect, it } from 'vitest';
import { ALLOWED_CALLBACK, REDIRECT_URI, ROUTER_BASE_URL } from '../connect/test-support/oauth-test-kit.ts';
import { ConnectLinkExpiredError } from '../errors/connect-link-expired-error.ts';
import { ConnectLinkNotFoundError } from '../errors/connect-link-not-found-error.ts';
import { ConnectLinkUsedError } from '../errors/connect-link-used-error.ts';
import { ConnectedAccountNotFoundError } from '../errors/connected-account-not-found-error.ts';
import { ConnectionFailedError } from '../errors/connection-failed-error.ts';
import { ConnectionRequestTimeoutError } from '../errors/connection-request-timeout-error.ts';
import { OAuthStateError } from '../errors/oauth-state-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { testStore } from '../test-support/test-store.ts';
import { useOAuthTestKit } from '../test-support/use-oauth-test-kit.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';

const kit = useOAuthTestKit();

/** A router on the kit's provider and API, on the test store (PostgreSQL when the postgres package runs this suite). */
const createRouter = (options: Omit<ToolRouterOptions, 'provider'> = {}) =>
  kit.createRouter({ store: testStore(), ...options });
const linkIdOf = (redirectUrl: string) => new URL(redirectUrl).pathname.split('/').at(-1)!;

describe('session.authorize with a real OAuth 2 server', () => {
  it('connects through the provider: PKCE, exact redirect URI, event-driven wait, the token reaches the API', async () => {
    const { router, store, credentialsOf, connect } = createRouter();
    const session = await router.create('alice', { toolkits: ['things'] });
    const request = await session.authorize('things');
    expect(request).toMatchObject({ status: 'INITIATED' });
    expect(request.id).toMatch(/^ca_/);
    expect(request.redirectUrl).toMatch(new RegExp(`^${ROUTER_BASE_URL}/connect/lnk_\\w+$`));
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({
      status: 'INITIATED',
      userId: 'alice',
      toolkit: 'things',
    });

    const link = await router.connect.getLink(linkIdOf(request.redirectUrl));
    expect(link).toMatchObject({
      toolkit: 'things',
      toolkitName: 'Things',
      mode: 'oauth2',
      fields: [],
      status: 'pending',
    });
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);

    const waiting = request.waitForConnection(30_000);
    const authorizationUrl = new URL(await router.connect.startOAuth(link.id));
    const query = authorizationUrl.searchParams;
    expect(query.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(query.get('client_id')).toBe(kit.provider.clients.post.clientId);
    expect(query.get('scope')).toBe('things:read');
    expect(query.get('prompt')).toBe('consent');
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(Buffer.from(query.get('state')!, 'base64url').length).toBeGreaterThanOrEqual(16);

    const result = await connect(request);
    expect(result).toEqual({ connectedAccountId: request.id, status: 'ACTIVE', redirectTo: undefined });
    const account = await waiting;
    expect(account).toMatchObject({ id: request.id, status: 'ACTIVE' });
    expect(account.expiresAt).not.toBeNull();
    expect(await router.connect.getLink(link.id)).toMatchObject({ status: 'used' });

    // The tokens are stored encrypted, and a tool call carries the access token to the API.
    const credentials = await credentialsOf(request.id);
    expect(credentials.refreshToken).toBeTruthy();
    const [raw] = await store.query<{ credentials: string }>(
      'SELECT credentials FROM connected_accounts WHERE id = ?',
      [request.id],
    );
    expect(raw!.credentials).not.toContain(credentials.accessToken);
    const [linkRow] = await store.query<{ pkce_verifier: string; state_hash: string }>(
      'SELECT * FROM connect_links WHERE id = ?',
      [link.id],
    );
    expect(linkRow!.state_hash).not.toBe(query.get('state'));
    expect(linkRow!.state_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(linkRow!.pkce_verifier).toMatch(/^v1:/);

    const call = await session.execute('THINGS_WHOAMI', {});
    expect(call.error).toBeNull();
    expect(call.data).toMatchObject({ subject: 'alice', scope: 'things:read' });
    expect(JSON.stringify(call)).not.toContain(credentials.accessToken);
    await router.close();
  });

  it('a client with HTTP Basic auth and no PKCE: no code_challenge is sent, the exchange still works', async () => {
    const { router, connect } = createRouter();
    const authConfig = await router.authConfigs.create({
      toolkit: 'thingsbasic',
      mode: 'oauth2',
      credentials: {
        clientId: kit.provider.clients.basic.clientId,
        clientSecret: kit.provider.clients.basic.clientSecret,
      },
    });
    const session = await router.create('bob', { toolkits: ['thingsbasic'] });
    const request = await session.authorize('thingsbasic', { alias: 'work' });
    const before = kit.provider.authorizationRequests.length;
    const result = await connect(request, { login: 'bob' });
    expect(result.status).toBe('ACTIVE');
    const sent = kit.provider.authorizationRequests[before]!;
    expect(sent.has('code_challenge')).toBe(false);
    expect(sent.get('scope')).toBe('things:read things:write');
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({
      alias: 'work',
      authConfigId: authConfig.id,
      status: 'ACTIVE',
    });
    const call = await session.execute('THINGSBASIC_WHOAMI', {});
    expect(call.data).toMatchObject({ subject: 'bob', scope: 'things:read things:write' });
    await router.close();
  });

  it('two concurrent authorize calls (and ten more) return the same pending link and one INITIATED account', async () => {
    const { router, store } = createRouter();
    const session = await router.create('carol', { toolkits: ['things'] });
    const requests = await Promise.all(Array.from({ length: 12 }, () => session.authorize('things')));
    expect(new Set(requests.map((request) => request.redirectUrl)).size).toBe(1);
    expect(new Set(requests.map((request) => request.id)).size).toBe(1);
    const [count] = await store.query<{ count: number }>('SELECT COUNT(*) AS count FROM connect_links');
    expect(Number(count!.count)).toBe(1);
    expect(await router.connectedAccounts.list({ userId: 'carol' })).toHaveLength(1);

    // Another session of the same user re-uses it too; another user gets their own.
    const again = await (await router.create('carol')).authorize('things');
    expect(again.redirectUrl).toBe(requests[0]!.redirectUrl);
    const dave = await (await router.create('dave')).authorize('things');
    expect(dave.redirectUrl).not.toBe(requests[0]!.redirectUrl);
    await router.close();
  });

  it('a replayed, unknown or missing state is refused with a typed error', async () => {
    const { router } = createRouter();
    const session = await router.create('erin', { toolkits: ['things'] });
    const request = await session.authorize('things');
    const authorizationUrl = await router.connect.startOAuth(linkIdOf(request.redirectUrl));
    const { completeAuthorization } = await import('../connect/test-support/complete-authorization.ts');
    const landing = await completeAuthorization(authorizationUrl, {
      redirectUri: REDIRECT_URI,
      login: 'erin',
    });
    const params = Object.fromEntries(landing.searchParams);
    expect((await router.connect.handleOAuthCallback(params)).status).toBe('ACTIVE');

    const replay = router.connect.handleOAuthCallback(params);
    await expect(replay).rejects.toSatisfy(ConnectLinkUsedError.isInstance);
    await expect(replay).rejects.toThrow(/already used/);
    await expect(router.connect.handleOAuthCallback({ ...params, state: 'forged-state' })).rejects.toSatisfy(
      OAuthStateError.isInstance,
    );
    await expect(router.connect.handleOAuthCallback({ code: params.code })).rejects.toSatisfy(
      OAuthStateError.isInstance,
    );
    await expect(router.connect.startOAuth(linkIdOf(request.redirectUrl))).rejects.toSatisfy(
      ConnectLinkUsedError.isInstance,
    );
    await expect(router.connect.getLink('lnk_doesnotexist')).rejects.toSatisfy(
      ConnectLinkNotFoundError.isInstance,
    );
    expect(kit.provider.tokenRequests.authorization_code).toBeGreaterThan(0);
    await router.close();
  });

  it('an expired link: the page says so, OAuth and the callback are refused, the account becomes EXPIRED, a new link replaces it', async () => {
    const { router, store } = createRouter();
    const session = await router.create('frank', { toolkits: ['things'] });
    const request = await session.authorize('things');
    const linkId = linkIdOf(request.redirectUrl);
    const authorizationUrl = await router.connect.startOAuth(linkId);
    const waiting = request.waitForConnection(30_000);
    // Asserted below; observed now so a rejection during the next await is not reported as unhandled.
    waiting.catch(() => undefined);
    await store.execute('UPDATE connect_links SET expires_at = ? WHERE id = ?', [
      new Date(Date.now() - 1000).toISOString(),
      linkId,
    ]);

    expect(await router.connect.getLink(linkId)).toMatchObject({ status: 'expired' });
    await expect(router.connect.startOAuth(linkId)).rejects.toSatisfy(ConnectLinkExpiredError.isInstance);
    await expect(waiting).rejects.toSatisfy(ConnectionFailedError.isInstance);
    await expect(waiting).rejects.toThrow(/EXPIRED: The connect link expired/);
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({ status: 'EXPIRED' });

    const { completeAuthorization } = await import('../connect/test-support/complete-authorization.ts');
    const landing = await completeAuthorization(authorizationUrl, {
      redirectUri: REDIRECT_URI,
      login: 'frank',
    });
    await expect(
      router.connect.handleOAuthCallback(Object.fromEntries(landing.searchParams)),
    ).rejects.toSatisfy(ConnectLinkExpiredError.isInstance);

    const fresh = await session.authorize('things');
    expect(fresh.redirectUrl).not.toBe(request.redirectUrl);
    expect(fresh.id).not.toBe(request.id);
    await router.close();
  });

  it('callbackUrl: only allow-listed origins and paths; redirectTo carries status and connected_account_id', async () => {
    const { router, connect } = createRouter();
    const session = await router.create('gina', { toolkits: ['things'] });
    for (const foreign of [
      'https://evil.example.com/connected',
      'https://app.example.com/connectedness',
      'http://app.example.com/connected',
      'https://app.example.com:8443/connected',
      'https://app.example.com/other',
      'javascript:alert(1)',
    ]) {
      const attempt = session.authorize('things', { callbackUrl: foreign });
      await expect(attempt).rejects.toSatisfy(ValidationError.isInstance);
      await expect(attempt).rejects.toThrow(/callbackUrl/);
    }
    expect(await router.connectedAccounts.list({ userId: 'gina' })).toHaveLength(0);

    const request = await session.authorize('things', { callbackUrl: `${ALLOWED_CALLBACK}/done?tab=2` });
    const result = await connect(request, { login: 'gina' });
    const redirectTo = new URL(result.redirectTo!);
    expect(`${redirectTo.origin}${redirectTo.pathname}`).toBe(`${ALLOWED_CALLBACK}/done`);
    expect(Object.fromEntries(redirectTo.searchParams)).toEqual({
      tab: '2',
      status: 'success',
      connected_account_id: request.id,
    });
    await router.close();

    // The allow-list also comes from TOOLROUTER_ALLOWED_CALLBACK_URLS, and the session's callbackUrl is the default.
    const fromEnv = createRouter({
      allowedCallbackUrls: undefined,
      env: { TOOLROUTER_ALLOWED_CALLBACK_URLS: 'https://a.example.com/x, https://b.example.com/' },
    });
    const envSession = await fromEnv.router.create('gina', {
      manageConnections: { callbackUrl: 'https://b.example.com/any/where' },
    });
    const envRequest = await envSession.authorize('things');
    expect((await fromEnv.connect(envRequest, { login: 'gina' })).redirectTo).toMatch(
      /^https:\/\/b\.example\.com\/any\/where\?status=success&connected_account_id=ca_/,
    );
    await expect(
      envSession.authorize('things', { callbackUrl: 'https://app.example.com/connected' }),
    ).rejects.toThrow(/not allowed/);
    await fromEnv.router.close();
  });

  it('denied consent: the callback reports FAILED with a clear reason and the waiter rejects', async () => {
    const { router, connect } = createRouter();
    const session = await router.create('hank', { toolkits: ['things'] });
    const request = await session.authorize('things', { callbackUrl: ALLOWED_CALLBACK });
    const waiting = router.connectedAccounts.waitForConnection(request.id, 30_000);
    // Asserted below; observed now so a rejection during the next await is not reported as unhandled.
    waiting.catch(() => undefined);
    const result = await connect(request, { decision: 'deny', login: 'hank' });
    expect(result).toMatchObject({ connectedAccountId: request.id, status: 'FAILED' });
    expect(result.error).toMatch(/denied access at Things \(access_denied/);
    expect(result.redirectTo).toBe(`${ALLOWED_CALLBACK}?status=failed&connected_account_id=${request.id}`);
    await expect(waiting).rejects.toSatisfy(ConnectionFailedError.isInstance);
    await expect(waiting).rejects.toThrow(/FAILED: The user denied access/);
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({
      status: 'FAILED',
      statusReason: expect.stringMatching(/denied/),
    });
    await router.close();
  });

  it('waiting on an account that does not exist rejects at once', async () => {
    const { router } = createRouter();
    await expect(router.connectedAccounts.waitForConnection('ca_missing', 1_000)).rejects.toSatisfy(
      ConnectedAccountNotFoundError.isInstance,
    );
    await router.close();
  });

  it('deleting the auth config tells the waiter of a pending connection at once that the account is gone', async () => {
    const { router } = createRouter();
    const session = await router.create('hilde', { toolkits: ['things'] });
    const request = await session.authorize('things');
    const { authConfigId } = await router.connectedAccounts.get(request.id);
    // Shorter than the waiter's 5-second safety re-check: only the event can end it in time.
    const waiting = request.waitForConnection(3_000);
    // Asserted below; observed now so a rejection during the next await is not reported as unhandled.
    waiting.catch(() => undefined);
    await router.authConfigs.delete(authConfigId);
    await expect(waiting).rejects.toSatisfy(ConnectedAccountNotFoundError.isInstance);
    await router.close();
  });

  it('authorize with the alias of a denied attempt reconnects that account instead of colliding with it', async () => {
    const { router, connect } = createRouter();
    const session = await router.create('hana', { toolkits: ['things'] });
    const first = await session.authorize('things', { alias: 'work' });
    expect((await connect(first, { decision: 'deny', login: 'hana' })).status).toBe('FAILED');
    const again = await session.authorize('things', { alias: 'work' });
    expect(again.id).toBe(first.id);
    expect((await connect(again, { login: 'hana' })).status).toBe('ACTIVE');
    expect(await router.connectedAccounts.get(first.id)).toMatchObject({ alias: 'work', status: 'ACTIVE' });
    // An ACTIVE account keeps its alias: a new attempt under it is refused.
    await expect(session.authorize('things', { alias: 'work' })).rejects.toThrow(
      /already has a things account with alias 'work'/,
    );
    await router.close();
  });

  it('waitForConnection times out with ConnectionRequestTimeoutError, and resolves at once for an ACTIVE account', async () => {
    const { router, connect } = createRouter();
    const session = await router.create('ivy', { toolkits: ['things'] });
    const request = await session.authorize('things');
    await expect(request.waitForConnection(50)).rejects.toSatisfy(ConnectionRequestTimeoutError.isInstance);
    await connect(request, { login: 'ivy' });
    expect(await request.waitForConnection(1)).toMatchObject({ status: 'ACTIVE' });
    await router.close();
  });

  it('no-auth and disabled toolkits cannot be authorized; a toolkit without an OAuth app says how to add one', async () => {
    const { router } = createRouter();
    const session = await router.create('jo', { toolkits: ['things', 'publicecho', 'thingsbasic'] });
    await expect(session.authorize('publicecho')).rejects.toSatisfy(ValidationError.isInstance);
    await expect(session.authorize('publicecho')).rejects.toThrow(/needs no authentication/);
    await expect(session.authorize('echo')).rejects.toThrow(/not enabled in this session/);
    await expect(session.authorize('thingsbasic')).rejects.toThrow(/has no auth config/);
    await router.close();
  });

  it('API key links: the form fields, validation that keeps the link usable, then ACTIVE and single use', async () => {
    const { router } = createRouter();
    const session = await router.create('kim', { toolkits: ['echo'] });
    const request = await session.authorize('echo', { callbackUrl: ALLOWED_CALLBACK });
    const linkId = linkIdOf(request.redirectUrl);
    expect(await router.connect.getLink(linkId)).toMatchObject({
      mode: 'api_key',
      fields: [{ name: 'apiKey', label: 'API key', secret: true }],
      status: 'pending',
    });
    await expect(router.connect.startOAuth(linkId)).rejects.toThrow(/not OAuth/);
    await expect(router.connect.submitCredentials(linkId, { apiKey: '' })).rejects.toThrow(
      /credentials.apiKey/,
    );
    const waiting = request.waitForConnection(30_000);
    const submitted = await router.connect.submitCredentials(linkId, {
      apiKey: ' key-kim ',
      extra: 'dropped',
    });
    expect(submitted).toEqual({
      connectedAccountId: request.id,
      redirectTo: `${ALLOWED_CALLBACK}?status=success&connected_account_id=${request.id}`,
    });
    expect(await waiting).toMatchObject({ status: 'ACTIVE' });
    await expect(router.connect.submitCredentials(linkId, { apiKey: 'again' })).rejects.toSatisfy(
      ConnectLinkUsedError.isInstance,
    );
    await router.close();
  });

  it('ensureConnected returns at once when connected, else hands over the link and waits', async () => {
    const { router, connect } = createRouter();
    const session = await router.create('lee', { toolkits: ['things', 'publicecho'] });
    expect(await session.ensureConnected('publicecho')).toEqual({
      toolkit: 'publicecho',
      wasConnected: true,
    });
    let redirectUrl: string | undefined;
    const ensured = await session.ensureConnected('things', {
      timeoutMs: 30_000,
      onRedirect: (request) => {
        redirectUrl = request.redirectUrl;
        // The user connects in their browser while the app waits.
        void connect(request, { login: 'lee' });
      },
    });
    expect(redirectUrl).toMatch(/\/connect\/lnk_/);
    expect(ensured).toMatchObject({
      toolkit: 'things',
      wasConnected: false,
      connectedAccount: { status: 'ACTIVE' },
    });
    const again = await session.ensureConnected('things');
    expect(again).toMatchObject({
      wasConnected: true,
      connectedAccount: { id: ensured.connectedAccount!.id },
    });
    await router.close();
  });
});
