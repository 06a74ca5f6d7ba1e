import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors/store-error.ts';
import { postRefreshGrant } from '../test-support/post-refresh-grant.ts';
import { testStore } from '../test-support/test-store.ts';
import { useOAuthTestKit } from '../test-support/use-oauth-test-kit.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';

const kit = useOAuthTestKit();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `userId` connected to `things` with tokens that live `ttlSeconds`; more routers on the same store via `another`. */
async function connected(userId: string, ttlSeconds: number) {
  const key = randomBytes(32).toString('base64');
  const store = testStore();
  const test = kit.createRouter({ store, encryptionKeys: [key] });
  const session = await test.router.create(userId, { toolkits: ['things'] });
  kit.provider.settings.accessTokenTtlSeconds = ttlSeconds;
  const request = await session.authorize('things');
  expect((await test.connect(request, { login: userId })).status).toBe('ACTIVE');
  kit.provider.settings.accessTokenTtlSeconds = 3600;
  const another = (options: Omit<ToolRouterOptions, 'provider'> = {}) =>
    kit.createRouter({ store, encryptionKeys: [key], ...options });
  return { ...test, session, accountId: request.id, another };
}

const rejectedCalls = () => kit.api.calls.filter((call) => call.rejected).length;

describe('refreshConnectedAccount', () => {
  it('does not refresh a short-lived token (30 s) on every call: only in the last fifth of its life', async () => {
    const { router, session } = await connected('ann', 30);
    kit.provider.settings.accessTokenTtlSeconds = 30;
    const before = kit.provider.tokenRequests.refresh_token;
    for (let call = 0; call < 5; call++) {
      expect((await session.execute('THINGS_WHOAMI', {})).successful).toBe(true);
    }
    const refreshes = kit.provider.tokenRequests.refresh_token - before;
    console.info(`[figures] 30 s token: ${refreshes} refresh(es) for 5 calls in its first seconds`);
    expect(refreshes).toBe(0);
    await router.close();
  });

  it('writes the "refresh in flight" marker before the token request, and clears it with the answer', async () => {
    let markerAtRequest: Record<string, unknown> | undefined;
    const { store, accountId, another, credentialsOf } = await connected('ben', 1);
    await sleep(1100);
    const watching = another({
      execution: {
        retry: { baseDelayMs: 5, maxDelayMs: 50 },
        fetch: async (input, init) => {
          if (String(input) === kit.provider.tokenUrl) {
            [markerAtRequest] = await store.query(
              'SELECT * FROM credential_refreshes WHERE connected_account_id = ?',
              [accountId],
            );
          }
          return fetch(input, init);
        },
      },
    });
    const session = await watching.router.create('ben', { toolkits: ['things'] });
    expect((await session.execute('THINGS_WHOAMI', {})).successful).toBe(true);
    expect(markerAtRequest).toMatchObject({ holder: expect.any(String), started_at: expect.any(String) });
    const [after] = await store.query('SELECT * FROM credential_refreshes WHERE connected_account_id = ?', [
      accountId,
    ]);
    expect(after).toMatchObject({ holder: null, started_at: null, lease_until: null });
    expect(Number((after as { version: number }).version)).toBe(1);
    expect(Date.parse((await credentialsOf(accountId)).expiresAt!)).toBeGreaterThan(Date.now() + 3000_000);
    await watching.router.close();
  });

  it('a refresh interrupted after the provider rotated the token is detected and reported as such', async () => {
    const { router, store, accountId, credentialsOf } = await connected('cid', 1);
    const stored = await credentialsOf(accountId);
    await sleep(1100);
    // The process died after the provider answered (rotating the refresh token) and before the
    // write: the marker stays, its lease runs out, the stored refresh token is a used one.
    const lost = await postRefreshGrant(kit.provider, stored.refreshToken!);
    expect(lost.status).toBe(200);
    const startedAt = new Date(Date.now() - 60_000).toISOString();
    await store.execute(
      'INSERT INTO credential_refreshes (connected_account_id, version, holder, started_at, lease_until) VALUES (?, ?, ?, ?, ?)',
      [accountId, 1, 'dead-host:1:abcd', startedAt, new Date(Date.now() - 30_000).toISOString()],
    );
    const session = await router.create('cid', { toolkits: ['things'] });
    const result = await session.execute('THINGS_WHOAMI', {});
    expect(result.successful).toBe(false);
    const account = await router.connectedAccounts.get(accountId);
    expect(account.status).toBe('EXPIRED');
    expect(account.statusReason).toContain(`a token refresh started at ${startedAt} was interrupted`);
    expect(result.error).toContain('was interrupted before its answer was stored');
    await router.close();
  });

  it('invalid_client: the expired token is not sent, the result says an operator must act, and refreshes back off', async () => {
    const { accountId, another } = await connected('dot', 1);
    await sleep(1100);
    const misconfigured = another({
      managedAuth: { things: { clientId: kit.provider.clients.post.clientId, clientSecret: 'wrong-secret' } },
    });
    const session = await misconfigured.router.create('dot', { toolkits: ['things'] });
    const before = kit.provider.tokenRequests.refresh_token;
    const rejectedBefore = rejectedCalls();
    const results = [];
    for (let call = 0; call < 5; call++) results.push(await session.execute('THINGS_WHOAMI', {}));
    for (const result of results) {
      expect(result.successful).toBe(false);
      expect(result.error).toMatch(/refused toolrouter's OAuth app \(invalid_client\).*operator must fix/);
      expect(result.data).toMatchObject({ error: { type: 'oauth_app_rejected', retryable: false } });
      expect(result.error).not.toContain('wrong-secret');
    }
    const attempts = kit.provider.tokenRequests.refresh_token - before;
    console.info(
      `[figures] invalid_client: ${attempts} token request(s) for 5 calls; expired token sent ${rejectedCalls() - rejectedBefore} time(s)`,
    );
    expect(attempts).toBeLessThanOrEqual(1);
    expect(rejectedCalls()).toBe(rejectedBefore);
    const account = await misconfigured.router.connectedAccounts.get(accountId);
    expect(account).toMatchObject({ status: 'ACTIVE', statusReason: expect.stringMatching(/operator/) });
    await misconfigured.router.close();
  });

  it('a token endpoint that cannot be reached: "provider unavailable, retry", and the expired token is never sent', async () => {
    const { accountId, another } = await connected('eve', 1);
    await sleep(1100);
    let down = true;
    const flaky = another({
      execution: {
        retry: { baseDelayMs: 5, maxDelayMs: 50 },
        fetch: (input, init) =>
          down && String(input) === kit.provider.tokenUrl
            ? Promise.reject(new TypeError('fetch failed'))
            : fetch(input, init),
      },
    });
    const session = await flaky.router.create('eve', { toolkits: ['things'] });
    const rejectedBefore = rejectedCalls();
    const callsBefore = kit.api.calls.length;
    const result = await session.execute('THINGS_WHOAMI', {});
    expect(result).toMatchObject({
      successful: false,
      data: { error: { type: 'provider_unavailable', retryable: true } },
    });
    expect(result.error).toMatch(/could not be renewed right now.*provider is unavailable, retry/);
    expect(kit.api.calls.length).toBe(callsBefore);
    expect(rejectedCalls()).toBe(rejectedBefore);
    expect((await flaky.router.connectedAccounts.get(accountId)).status).toBe('ACTIVE');
    down = false;
    expect(await session.execute('THINGS_WHOAMI', {})).toMatchObject({
      successful: true,
      data: { subject: 'eve' },
    });
    await flaky.router.close();
  });

  it('a database failure during the refresh: the expired token is not sent, and the agent is not told hosts', async () => {
    const { store, another } = await connected('fay', 1);
    await sleep(1100);
    const failing = another({
      store: {
        ...store,
        transaction: (work, options) =>
          options?.lockKey?.startsWith('refresh:')
            ? Promise.reject(
                new StoreError({
                  message: 'Cannot connect to PostgreSQL at db.internal:5432/prod as toolrouter.',
                }),
              )
            : store.transaction(work, options),
      },
      warn: () => {},
    });
    const session = await failing.router.create('fay', { toolkits: ['things'] });
    const rejectedBefore = rejectedCalls();
    const result = await session.execute('THINGS_WHOAMI', {});
    expect(result).toMatchObject({ successful: false, data: { error: { type: 'provider_unavailable' } } });
    expect(result.error).toMatch(/database is unavailable/);
    expect(result.error).not.toContain('db.internal');
    expect(rejectedCalls()).toBe(rejectedBefore);
    await failing.router.close();
  });
});
