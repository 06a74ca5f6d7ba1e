import { describe, expect, it } from 'vitest';
import { waitUntilRefreshDue } from '../connect/test-support/wait-until-refresh-due.ts';
import { ConnectionFailedError } from '../errors/connection-failed-error.ts';
import { postRefreshGrant } from '../test-support/post-refresh-grant.ts';
import { testStore } from '../test-support/test-store.ts';
import { useOAuthTestKit } from '../test-support/use-oauth-test-kit.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';

const kit = useOAuthTestKit();

const createRouter = (options: Omit<ToolRouterOptions, 'provider'> = {}) =>
  kit.createRouter({ store: testStore(), ...options });

/** A router with `userId` connected to `things` through the provider; tokens live `ttlSeconds`. */
async function connected(userId: string, ttlSeconds: number) {
  const test = createRouter();
  const session = await test.router.create(userId, { toolkits: ['things'] });
  kit.provider.settings.accessTokenTtlSeconds = ttlSeconds;
  const request = await session.authorize('things');
  expect((await test.connect(request, { login: userId })).status).toBe('ACTIVE');
  return { ...test, session, accountId: request.id };
}

describe('OAuth token refresh', () => {
  it('refreshes a token about to expire before the call, stores the rotated refresh token, and the rotated one works', async () => {
    const { router, session, accountId, credentialsOf } = await connected('alice', 2);
    const first = await credentialsOf(accountId);
    await waitUntilRefreshDue(first);
    const before = kit.provider.tokenRequests.refresh_token;

    const call = await session.execute('THINGS_WHOAMI', {});
    expect(call.error).toBeNull();
    expect(call.data).toMatchObject({ subject: 'alice' });
    expect(kit.provider.tokenRequests.refresh_token).toBe(before + 1);
    const second = await credentialsOf(accountId);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(Date.parse(second.expiresAt!)).toBeGreaterThan(Date.parse(first.expiresAt!));
    expect((await router.connectedAccounts.get(accountId)).expiresAt).toBe(second.expiresAt);

    // The rotated refresh token is the one that works next time.
    await waitUntilRefreshDue(second);
    const again = await session.execute('THINGS_WHOAMI', {});
    expect(again.data).toMatchObject({ subject: 'alice' });
    expect(kit.provider.tokenRequests.refresh_token).toBe(before + 2);
    expect((await credentialsOf(accountId)).refreshToken).not.toBe(second.refreshToken);
    await router.close();
  });

  it('a token the API rejects (401) is refreshed once and the call is retried, for HTTP and handler tools', async () => {
    const { router, session, accountId, credentialsOf } = await connected('bob', 3600);
    for (const slug of ['THINGS_WHOAMI', 'THINGS_WHOAMI_HANDLER']) {
      const { accessToken } = await credentialsOf(accountId);
      await kit.provider.invalidateAccessToken(accessToken);
      const before = kit.provider.tokenRequests.refresh_token;
      const rejectedBefore = kit.api.calls.filter((call) => call.rejected).length;
      const result = await session.execute(slug, {});
      expect(result.error).toBeNull();
      expect(JSON.stringify(result.data)).toContain('"subject":"bob"');
      expect(kit.provider.tokenRequests.refresh_token).toBe(before + 1);
      expect(kit.api.calls.filter((call) => call.rejected).length).toBe(rejectedBefore + 1);
      expect((await credentialsOf(accountId)).accessToken).not.toBe(accessToken);
    }
    await router.close();
  });

  it('100 concurrent executes on an expiring token cause exactly one token request', async () => {
    const { router, session, accountId, credentialsOf } = await connected('carol', 2);
    kit.provider.settings.accessTokenTtlSeconds = 3600;
    await waitUntilRefreshDue(await credentialsOf(accountId));
    const before = kit.provider.tokenRequests.refresh_token;
    const results = await Promise.all(
      Array.from({ length: 100 }, () => session.execute('THINGS_WHOAMI', {})),
    );
    expect(results.filter((result) => result.successful)).toHaveLength(100);
    expect(kit.provider.tokenRequests.refresh_token).toBe(before + 1);
    expect(Date.parse((await credentialsOf(accountId)).expiresAt!) - Date.now()).toBeGreaterThan(3000_000);
    await router.close();
  });

  it('reuse of an old refresh token is rejected by the provider, and the account becomes EXPIRED at once', async () => {
    const { router, session, accountId, credentialsOf, store, connect } = await connected('dave', 2);
    const original = await credentialsOf(accountId);
    await waitUntilRefreshDue(original);
    expect((await session.execute('THINGS_WHOAMI', {})).successful).toBe(true);

    // Someone replays the first, already rotated refresh token: the provider refuses it and, as
    // refresh token reuse detection requires, revokes the whole grant.
    const replay = await postRefreshGrant(kit.provider, original.refreshToken!);
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });

    const waiting = router.connectedAccounts.waitForConnection(accountId, 30_000);
    await expect(waiting).resolves.toMatchObject({ status: 'ACTIVE' });
    const result = await session.execute('THINGS_WHOAMI', {});
    expect(result.successful).toBe(false);
    expect(result.error).toMatch(
      /Things is not connected for this user \(Things rejected the refresh token \(invalid_grant\)/,
    );
    expect(result.error).toMatch(/open https:\/\/toolrouter\.example\.com\/connect\/lnk_/);
    expect(result.data).toMatchObject({
      connection_required: true,
      toolkit: 'things',
      redirect_url: expect.stringMatching(/\/connect\/lnk_/),
    });
    const account = await router.connectedAccounts.get(accountId);
    expect(account).toMatchObject({
      status: 'EXPIRED',
      statusReason: expect.stringMatching(/invalid_grant/),
    });
    await expect(router.connectedAccounts.waitForConnection(accountId, 1_000)).rejects.toSatisfy(
      ConnectionFailedError.isInstance,
    );
    const [raw] = await store.query<{ status_reason: string }>(
      'SELECT status_reason FROM connected_accounts WHERE id = ?',
      [accountId],
    );
    expect(raw!.status_reason).not.toContain(original.refreshToken!);
    expect(JSON.stringify(result)).not.toContain(original.refreshToken!);

    // Reconnecting makes a new account on the same auth config, and the tools work again.
    const reconnect = await session.authorize('things');
    expect(reconnect.redirectUrl).toBe((result.data as { redirect_url: string }).redirect_url);
    expect((await connect(reconnect, { login: 'dave' })).status).toBe('ACTIVE');
    expect((await session.execute('THINGS_WHOAMI', {})).data).toMatchObject({ subject: 'dave' });
    await router.close();
  });
});
