import { describe, expect, it } from 'vitest';
import {
  CONNECTION_FINISH_GRACE_MS,
  UNFINISHED_CONNECTION_REASON,
} from '../connected-account/settle-stale-connections.ts';
import { ConnectionFailedError } from '../errors/connection-failed-error.ts';
import { ConnectionRequestTimeoutError } from '../errors/connection-request-timeout-error.ts';
import type { SqlExecutor, Store } from '../store/store.ts';
import { testStore } from '../test-support/test-store.ts';
import { useOAuthTestKit } from '../test-support/use-oauth-test-kit.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';

const kit = useOAuthTestKit();

/** A router on the kit's provider and API, on the test store (PostgreSQL, or behind a server, when those suites run this). */
const createRouter = (options: Omit<ToolRouterOptions, 'provider'> = {}) =>
  kit.createRouter({ store: testStore(), ...options });

/**
 * What an instance killed between using up a link and activating its account leaves behind (the
 * OAuth callback's state while it exchanges the code), the link used `ago` ms back.
 */
async function leaveHalfConnected(store: Store, linkId: string, ago: number): Promise<void> {
  await store.execute('UPDATE connect_links SET used_at = ?, pending_key = NULL WHERE id = ?', [
    new Date(Date.now() - ago).toISOString(),
    linkId,
  ]);
}

/** A fetch that holds the first token request until `release()`, then fails it, as a dying instance would. */
function holdFirstTokenRequest() {
  let arrive!: () => void;
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let holding = true;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (holding && String(input) === kit.provider.tokenUrl) {
      holding = false;
      arrive();
      await released;
      throw new Error('the instance died');
    }
    return globalThis.fetch(input, init);
  };
  return { fetch, held, release };
}

/** The test store, with the statements that match `pattern` failing while armed (also inside transactions). */
function storeFailing(pattern: RegExp): { store: Store; arm(armed: boolean): void } {
  const inner = testStore();
  let armed = false;
  const guard = (executor: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => executor.query(sql, params),
    execute: (sql, params) =>
      armed && pattern.test(sql)
        ? Promise.reject(new Error('the database went away'))
        : executor.execute(sql, params),
  });
  const store: Store = {
    dialect: inner.dialect,
    ephemeral: inner.ephemeral,
    ...guard(inner),
    transaction: (work, options) => inner.transaction((transaction) => work(guard(transaction)), options),
    withLock: (key, work) => inner.withLock(key, (executor) => work(guard(executor))),
    publish: (channel, payload) => inner.publish(channel, payload),
    subscribe: (channel, listener) => inner.subscribe(channel, listener),
    close: () => inner.close(),
  };
  return {
    store,
    arm(value) {
      armed = value;
    },
  };
}

describe('an instance that dies between using up a connect link and activating the account', () => {
  it('OAuth: the account waits through the grace, then ends FAILED; the waiter is told and a new authorize starts afresh', async () => {
    const gate = holdFirstTokenRequest();
    const { router, store, connect } = createRouter({
      execution: { fetch: gate.fetch, retry: { baseDelayMs: 5, maxDelayMs: 50 } },
    });
    const session = await router.create('alice', { toolkits: ['things'] });
    const request = await session.authorize('things');
    // The callback uses up the link, then hangs in the code exchange: its instance is dying.
    const callback = connect(request);
    await gate.held;
    expect(await router.connect.getLink(request.linkId)).toMatchObject({ status: 'used' });
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({ status: 'INITIATED' });
    // Within the grace the exchange may still finish, so a waiter keeps waiting.
    await expect(request.waitForConnection(100)).rejects.toSatisfy(ConnectionRequestTimeoutError.isInstance);
    expect(await router.connect.sweepStaleConnections()).toEqual({ failed: 0, expired: 0 });

    // The grace has run out (the link was used longer ago than it): the first look settles it.
    await leaveHalfConnected(store, request.linkId, CONNECTION_FINISH_GRACE_MS + 1000);
    const waiting = request.waitForConnection(30_000);
    await expect(waiting).rejects.toSatisfy(ConnectionFailedError.isInstance);
    await expect(waiting).rejects.toThrow(/ended FAILED: The connection did not finish .* start a new one/);
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({
      status: 'FAILED',
      statusReason: UNFINISHED_CONNECTION_REASON,
    });

    const fresh = await session.authorize('things');
    expect(fresh.linkId).not.toBe(request.linkId);
    expect(fresh.id).not.toBe(request.id);
    expect(await router.connect.getLink(fresh.linkId)).toMatchObject({ status: 'pending' });
    // The dead instance's callback never comes back to life as ACTIVE.
    gate.release();
    expect(await callback).toMatchObject({ connectedAccountId: request.id, status: 'FAILED' });
    expect(await connect(fresh)).toMatchObject({ connectedAccountId: fresh.id, status: 'ACTIVE' });
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({ status: 'FAILED' });
    await router.close();
  });

  it('a waiter already waiting when the grace runs out is told then, long before its timeout', async () => {
    const { router, store } = createRouter();
    const session = await router.create('bob', { toolkits: ['things'] });
    const request = await session.authorize('things');
    await leaveHalfConnected(store, request.linkId, CONNECTION_FINISH_GRACE_MS - 300);
    // Its timeout is shorter than the 5 s safety re-check: only the wake-up at the grace's end answers in time.
    const waiting = request.waitForConnection(4_000);
    await expect(waiting).rejects.toSatisfy(ConnectionFailedError.isInstance);
    await expect(waiting).rejects.toThrow(/did not finish/);
    await router.close();
  });

  it('TOOLROUTER_MANAGE_CONNECTIONS settles the unfinished attempt and hands out a fresh link', async () => {
    const { router, store } = createRouter();
    const session = await router.create('carol', { toolkits: ['things'] });
    const request = await session.authorize('things');
    await leaveHalfConnected(store, request.linkId, CONNECTION_FINISH_GRACE_MS + 1000);
    const result = await session.execute('TOOLROUTER_MANAGE_CONNECTIONS', { toolkits: ['things'] });
    expect(result.error).toBeNull();
    const [line] = (result.data as { results: Array<Record<string, string>> }).results;
    expect(line).toMatchObject({ toolkit: 'things', status: 'initiated' });
    expect(line!.redirect_url).not.toBe(request.redirectUrl);
    expect(line!.connected_account_id).not.toBe(request.id);
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({
      status: 'FAILED',
      statusReason: UNFINISHED_CONNECTION_REASON,
    });
    expect(await router.connectedAccounts.list({ userId: 'carol', status: 'INITIATED' })).toHaveLength(1);
    await router.close();
  });

  it('a pinned account is reconnected on a new link: the dead attempt does not fail the new one', async () => {
    const { router, store, connect } = createRouter();
    const first = await (await router.create('dave', { toolkits: ['things'] })).authorize('things');
    await leaveHalfConnected(store, first.linkId, CONNECTION_FINISH_GRACE_MS + 1000);
    const pinned = await router.create('dave', { connectedAccounts: { things: first.id } });
    const again = await pinned.authorize('things');
    expect(again.id).toBe(first.id);
    expect(again.linkId).not.toBe(first.linkId);
    expect(await router.connect.sweepStaleConnections()).toEqual({ failed: 0, expired: 0 });
    expect(await router.connectedAccounts.get(first.id)).toMatchObject({ status: 'INITIATED' });
    const waiting = again.waitForConnection(30_000);
    expect(await connect(again, { login: 'dave' })).toMatchObject({ status: 'ACTIVE' });
    expect(await waiting).toMatchObject({ id: first.id, status: 'ACTIVE' });
    await router.close();
  });

  it('router.connect.sweepStaleConnections settles what can no longer finish, and only that', async () => {
    const { router, store, connect } = createRouter();
    const start = async (userId: string) =>
      (await router.create(userId, { toolkits: ['things'] })).authorize('things');
    const crashed = await start('erin');
    const unused = await start('fay');
    const pending = await start('gus');
    const finishing = await start('hal');
    const connected = await start('ida');
    await leaveHalfConnected(store, crashed.linkId, CONNECTION_FINISH_GRACE_MS + 1000);
    await store.execute('UPDATE connect_links SET expires_at = ? WHERE id = ?', [
      new Date(Date.now() - CONNECTION_FINISH_GRACE_MS - 1000).toISOString(),
      unused.linkId,
    ]);
    await leaveHalfConnected(store, finishing.linkId, 1000);
    await connect(connected, { login: 'ida' });
    await leaveHalfConnected(store, connected.linkId, CONNECTION_FINISH_GRACE_MS + 1000);

    expect(await router.connect.sweepStaleConnections()).toEqual({ failed: 1, expired: 1 });
    const statusOf = async (id: string) => (await router.connectedAccounts.get(id)).status;
    expect(await statusOf(crashed.id)).toBe('FAILED');
    expect(await statusOf(unused.id)).toBe('EXPIRED');
    expect(await statusOf(pending.id)).toBe('INITIATED');
    expect(await statusOf(finishing.id)).toBe('INITIATED');
    expect(await statusOf(connected.id)).toBe('ACTIVE');
    expect(await router.connect.sweepStaleConnections()).toEqual({ failed: 0, expired: 0 });
    await router.close();
  });

  it('form: the link is used up and the account activated in one transaction, so a failed write leaves the link pending', async () => {
    const { store, arm } = storeFailing(/SET status = 'ACTIVE'/);
    const { router } = createRouter({ store });
    const session = await router.create('kim', { toolkits: ['echo'] });
    const request = await session.authorize('echo');
    arm(true);
    await expect(router.connect.submitCredentials(request.linkId, { apiKey: 'key-kim' })).rejects.toThrow();
    expect(await router.connect.getLink(request.linkId)).toMatchObject({ status: 'pending' });
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({ status: 'INITIATED' });
    const [row] = await store.query<{ credentials: string | null }>(
      'SELECT credentials FROM connected_accounts WHERE id = ?',
      [request.id],
    );
    expect(row!.credentials).toBeNull();

    arm(false);
    expect(await router.connect.submitCredentials(request.linkId, { apiKey: 'key-kim' })).toMatchObject({
      connectedAccountId: request.id,
    });
    expect(await router.connectedAccounts.get(request.id)).toMatchObject({ status: 'ACTIVE' });
    expect(await router.connect.getLink(request.linkId)).toMatchObject({ status: 'used' });
    await router.close();
  });
});
