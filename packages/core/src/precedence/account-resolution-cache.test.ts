import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteStore } from '../store/sqlite-store.ts';
import type { SqlValue, Store, SubscribeOptions } from '../store/store.ts';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { echoToolkit } from '../test-support/echo-toolkits.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';
import { ToolRouter } from '../tool-router.ts';
import { DEFAULT_WITH_NEWEST_ACTIVE } from './account-lookup-queries.ts';
import type { AccountResolution } from './account-resolution.ts';
import { AccountResolutionCache } from './account-resolution-cache.ts';

const api = useEchoApi({ 'key-home': 'alice-home', 'key-work': 'alice-work' });
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A router on a SQLite file, with a count of the precedence lookups its store ran. */
function routerOnFile() {
  const directory = mkdtempSync(join(tmpdir(), 'toolrouter-resolution-'));
  const file = join(directory, 'router.db');
  const store = sqliteStore(file);
  const lookups = { count: 0 };
  const counting: Store = {
    ...store,
    query<Row>(sql: string, params?: readonly SqlValue[]) {
      if (sql === DEFAULT_WITH_NEWEST_ACTIVE) lookups.count++;
      return store.query<Row>(sql, params);
    },
  };
  const router = new ToolRouter({
    store: counting,
    builtinToolkits: false,
    toolkits: [echoToolkit],
    toolkitBaseUrls: { echo: api.url },
    encryptionKeys: [randomBytes(32).toString('base64')],
  });
  cleanups.push(async () => {
    await router.close();
    rmSync(directory, { recursive: true, force: true });
  });
  return { router, file, lookups };
}

const accountOf = (result: { data: unknown }) => (result.data as { account?: string } | null)?.account;

describe('account resolution cache (SQLite)', () => {
  it('runs the lookup once for calls in a row, and again after any account change', async () => {
    const { router, lookups } = routerOnFile();
    const [home] = await connectEchoAccounts(router, [{ userId: 'alice', apiKey: 'key-home' }]);
    const session = await router.create('alice', { toolkits: ['echo'] });
    for (let index = 0; index < 5; index++) {
      expect(accountOf(await session.execute('ECHO_GET', { id: String(index) }))).toBe('alice-home');
    }
    expect(lookups.count).toBe(1);

    // A newer account wins at once.
    await connectEchoAccounts(router, [{ userId: 'alice', apiKey: 'key-work' }], {
      authConfigId: home.authConfigId,
    });
    expect(accountOf(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-work');
    expect(lookups.count).toBe(2);
  });

  it('a disabled account stops running at once', async () => {
    const { router } = routerOnFile();
    const [home] = await connectEchoAccounts(router, [{ userId: 'alice', apiKey: 'key-home' }]);
    const session = await router.create('alice', { toolkits: ['echo'] });
    expect(accountOf(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-home');
    await router.connectedAccounts.disable(home.id);
    const result = await session.execute('ECHO_GET', { id: '2' });
    expect(result.successful).toBe(false);
    expect(result.data).toMatchObject({ connection_required: true });
  });

  it('sees a change another process wrote to the same file (the revision, not this router, tells)', async () => {
    const { router, file, lookups } = routerOnFile();
    const [home] = await connectEchoAccounts(router, [{ userId: 'alice', apiKey: 'key-home' }]);
    const session = await router.create('alice', { toolkits: ['echo'] });
    await session.execute('ECHO_GET', { id: '1' });
    await session.execute('ECHO_GET', { id: '2' });
    expect(lookups.count).toBe(1);

    const other = sqliteStore(file);
    await other.execute(`UPDATE connected_accounts SET status = 'REVOKED' WHERE id = ?`, [home.id]);
    await other.close();
    const result = await session.execute('ECHO_GET', { id: '3' });
    expect(result.data).toMatchObject({ connection_required: true });
    expect(lookups.count).toBe(2);
  });
});

/** A PostgreSQL-like store: its events and gaps are driven by the test. */
function notifyingStore() {
  let listener: ((payload: string) => void) | undefined;
  let onGap: SubscribeOptions['onGap'];
  const store = {
    dialect: 'postgres',
    async subscribe(_channel: string, receive: (payload: string) => void, options?: SubscribeOptions) {
      listener = receive;
      onGap = options?.onGap;
      return () => {};
    },
  } as unknown as Store;
  return {
    store,
    notify: () => listener?.(''),
    gap: (phase: 'start' | 'end') => onGap?.(phase),
  };
}

const resolutions = (count: { value: number }) => async (): Promise<AccountResolution> => {
  count.value++;
  return { kind: 'no_auth' };
};

describe('account resolution cache (PostgreSQL rules)', () => {
  it('keeps answers until a notification, a write of its own or the maximum age', async () => {
    const { store, notify } = notifyingStore();
    const cache = new AccountResolutionCache(store, { maxAgeMs: 60 });
    const count = { value: 0 };
    await cache.resolve('alice', resolutions(count));
    await cache.resolve('alice', resolutions(count));
    expect(count.value).toBe(1);
    notify();
    await cache.resolve('alice', resolutions(count));
    expect(count.value).toBe(2);
    cache.invalidate();
    await cache.resolve('alice', resolutions(count));
    expect(count.value).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await cache.resolve('alice', resolutions(count));
    expect(count.value).toBe(4);
  });

  it('caches nothing while the notifications have a gap, and starts afresh after it', async () => {
    const { store, gap } = notifyingStore();
    const cache = new AccountResolutionCache(store);
    const count = { value: 0 };
    await cache.resolve('alice', resolutions(count));
    gap('start');
    await cache.resolve('alice', resolutions(count));
    await cache.resolve('alice', resolutions(count));
    expect(count.value).toBe(3);
    gap('end');
    await cache.resolve('alice', resolutions(count));
    await cache.resolve('alice', resolutions(count));
    expect(count.value).toBe(4);
  });

  it('does not keep an answer read while a change arrived', async () => {
    const { store, notify } = notifyingStore();
    const cache = new AccountResolutionCache(store);
    const count = { value: 0 };
    await cache.resolve('alice', async () => {
      count.value++;
      notify();
      return { kind: 'no_auth' };
    });
    await cache.resolve('alice', resolutions(count));
    expect(count.value).toBe(2);
  });
});
