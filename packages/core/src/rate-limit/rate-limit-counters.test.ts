import { describe, expect, it } from 'vitest';
import { migrateStore } from '../store/migrate-store.ts';
import { sqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { RATE_LIMIT_FLUSH_MS, RateLimitCounters } from './rate-limit-counters.ts';

/** A migrated in-memory store that counts the upserts sent to it. */
async function countingStore(): Promise<{
  store: Store;
  upserts: () => number;
  stored: () => Promise<number>;
}> {
  const store = sqliteStore(':memory:');
  await migrateStore(store);
  let upserts = 0;
  return {
    store: {
      ...store,
      query(sql, params) {
        if (sql.startsWith('INSERT INTO rate_limit_counters')) upserts++;
        return store.query(sql, params);
      },
    },
    upserts: () => upserts,
    stored: async () =>
      Number(
        (await store.query<{ hits: number }>('SELECT SUM(hits) AS hits FROM rate_limit_counters'))[0]?.hits ??
          0,
      ),
  };
}

const countersOn = (store: Store, now = () => new Date()) =>
  new RateLimitCounters(async () => ({ store, now }));

describe('RateLimitCounters', () => {
  it('writes a bucket’s first hit at once and batches the next ones into one upsert', async () => {
    const counting = await countingStore();
    const counters = countersOn(counting.store);
    expect((await counters.hit('session:a', 60_000, 100, 1)).hits).toBe(1);
    expect(counting.upserts()).toBe(1);
    for (let index = 2; index <= 10; index++)
      expect((await counters.hit('session:a', 60_000, 100, 1)).hits).toBe(index);
    expect(counting.upserts()).toBe(1);
    expect(await counting.stored()).toBe(1);
    await counters.flush();
    expect(counting.upserts()).toBe(2);
    expect(await counting.stored()).toBe(10);
  });

  it('flushes by itself within the batch interval', async () => {
    const counting = await countingStore();
    const counters = countersOn(counting.store);
    for (let index = 0; index < 5; index++) await counters.hit('user:alice', 60_000, 100, 1);
    await new Promise((resolve) => setTimeout(resolve, RATE_LIMIT_FLUSH_MS * 3));
    expect(await counting.stored()).toBe(5);
  });

  it('writes every hit past half the limit through, so two instances stop at the limit together', async () => {
    const counting = await countingStore();
    const a = countersOn(counting.store);
    const b = countersOn(counting.store);
    const allowed: boolean[] = [];
    for (let index = 0; index < 16; index++) {
      const { hits } = await (index % 2 ? a : b).hit('session:shared', 60_000, 10, 1);
      allowed.push(hits <= 10);
    }
    expect(allowed.filter(Boolean)).toHaveLength(10);
    await a.flush();
    await b.flush();
    expect(await counting.stored()).toBe(16);
  });

  it('answers a check from memory while the known total is fresh, from the store once it is not', async () => {
    const counting = await countingStore();
    let now = 1_000_000;
    const a = countersOn(counting.store, () => new Date(now));
    const b = countersOn(counting.store, () => new Date(now));
    expect((await a.total('auth-fail:1.2.3.4', 60_000)).hits).toBe(0);
    await b.hit('auth-fail:1.2.3.4', 60_000, 20, 1);
    expect((await a.total('auth-fail:1.2.3.4', 60_000)).hits).toBe(0);
    now += RATE_LIMIT_FLUSH_MS + 1;
    expect((await a.total('auth-fail:1.2.3.4', 60_000)).hits).toBe(1);
  });

  it('close() writes what was counted in memory; hits after it are written through', async () => {
    const counting = await countingStore();
    const counters = countersOn(counting.store);
    for (let index = 0; index < 4; index++) await counters.hit('admin-key', 60_000, 100, 1);
    await counters.close();
    expect(await counting.stored()).toBe(4);
    await counters.hit('admin-key', 60_000, 100, 1);
    expect(await counting.stored()).toBe(5);
  });

  it('keeps the hits of a batch the store refused for the next one', async () => {
    const counting = await countingStore();
    let down = false;
    const flaky: Store = {
      ...counting.store,
      query(sql, params) {
        if (down) return Promise.reject(new Error('store down'));
        return counting.store.query(sql, params);
      },
    };
    const counters = countersOn(flaky);
    for (let index = 0; index < 3; index++) await counters.hit('user:bob', 60_000, 100, 1);
    down = true;
    await counters.flush();
    down = false;
    await counters.flush();
    expect(await counting.stored()).toBe(3);
  });
});
