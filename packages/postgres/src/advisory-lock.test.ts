import type { Store } from '@toolrouter/core';
import { describe, expect, it } from 'vitest';
import { createTestSchema, postgresTestStore } from './test-support/test-stores.ts';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Eight read-pause-write increments of one counter, alternating between two stores (two
 * "instances"). Returns the final counter and the most transactions that were inside their work
 * at once.
 */
async function raceIncrements(stores: Store[], lockKeyOf: (index: number) => string | undefined) {
  await stores[0]!.execute(
    'CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)',
  );
  await stores[0]!.execute('DELETE FROM counter');
  await stores[0]!.execute('INSERT INTO counter (id, value) VALUES (1, 0)');
  let inside = 0;
  let mostInside = 0;
  await Promise.all(
    Array.from({ length: 8 }, (_, index) => {
      const lockKey = lockKeyOf(index);
      return stores[index % stores.length]!.transaction(
        async (transaction) => {
          inside++;
          mostInside = Math.max(mostInside, inside);
          const [row] = await transaction.query<{ value: number }>('SELECT value FROM counter WHERE id = 1');
          await pause();
          await transaction.execute('UPDATE counter SET value = ? WHERE id = 1', [row!.value + 1]);
          inside--;
        },
        lockKey === undefined ? {} : { lockKey },
      );
    }),
  );
  const [row] = await stores[0]!.query<{ value: number }>('SELECT value FROM counter WHERE id = 1');
  return { value: row!.value, mostInside };
}

describe('postgresStore transactions with a lockKey (advisory locks)', () => {
  it('never overlaps two transactions on the same key, across two stores', async () => {
    const schema = createTestSchema();
    const stores = [postgresTestStore(schema), postgresTestStore(schema)];
    expect(await raceIncrements(stores, () => 'toolrouter:counter')).toEqual({ value: 8, mostInside: 1 });
  });

  it('control: without a key, or with different keys, they overlap and lose updates', async () => {
    const schema = createTestSchema();
    const stores = [postgresTestStore(schema), postgresTestStore(schema)];
    const unlocked = await raceIncrements(stores, () => undefined);
    expect(unlocked.mostInside).toBeGreaterThan(1);
    expect(unlocked.value).toBeLessThan(8);
    const differentKeys = await raceIncrements(stores, (index) => `key-${index}`);
    expect(differentKeys.mostInside).toBeGreaterThan(1);
  });

  it('releases the lock when a transaction rolls back', async () => {
    const schema = createTestSchema();
    const [first, second] = [postgresTestStore(schema), postgresTestStore(schema)];
    await expect(
      first.transaction(async () => Promise.reject(new Error('fail inside the lock')), { lockKey: 'k' }),
    ).rejects.toThrow('fail inside the lock');
    expect(
      await second.transaction(async (transaction) => (await transaction.query('SELECT 1 AS one'))[0], {
        lockKey: 'k',
      }),
    ).toEqual({
      one: 1,
    });
  });
});

describe('postgresStore.withLock (session advisory lock, no transaction)', () => {
  it('serialises work on one key across two stores while plain statements go on', async () => {
    const schema = createTestSchema();
    const stores = [postgresTestStore(schema), postgresTestStore(schema)];
    await stores[0]!.execute(
      'CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)',
    );
    await stores[0]!.execute('INSERT INTO counter (id, value) VALUES (1, 0)');
    let inside = 0;
    let mostInside = 0;
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        stores[index % 2]!.withLock('toolrouter:counter', async (executor) => {
          inside++;
          mostInside = Math.max(mostInside, inside);
          const [row] = await executor.query<{ value: number }>('SELECT value FROM counter WHERE id = 1');
          await pause();
          await executor.execute('UPDATE counter SET value = ? WHERE id = 1', [row!.value + 1]);
          inside--;
        }),
      ),
    );
    const [row] = await stores[0]!.query<{ value: number }>('SELECT value FROM counter WHERE id = 1');
    expect({ value: row!.value, mostInside }).toEqual({ value: 8, mostInside: 1 });
    await expect(stores[0]!.withLock('k', async () => Promise.reject(new Error('inside')))).rejects.toThrow(
      'inside',
    );
    await expect(stores[1]!.withLock('k', async () => 'free again')).resolves.toBe('free again');
  });
});
