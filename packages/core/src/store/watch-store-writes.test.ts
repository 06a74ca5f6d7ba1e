import { describe, expect, it } from 'vitest';
import { sqliteStore } from './sqlite-store.ts';
import { watchStoreWrites } from './watch-store-writes.ts';

describe('watchStoreWrites', () => {
  it('tells of writes to the watched tables, in and out of transactions and locks, and of nothing else', async () => {
    const store = sqliteStore(':memory:');
    await store.execute('CREATE TABLE accounts (id TEXT)');
    await store.execute('CREATE TABLE other (id TEXT)');
    let writes = 0;
    const watched = watchStoreWrites(store, ['accounts'], () => writes++);

    await watched.execute(`INSERT INTO accounts (id) VALUES ('a')`);
    expect(writes).toBe(1);
    await watched.execute(`INSERT INTO other (id) VALUES ('a')`);
    await watched.query('SELECT * FROM accounts');
    await watched.execute('  update  ACCOUNTS set id = ?', ['b']);
    expect(writes).toBe(2);

    // Once at the statement, once more when the transaction ends.
    await watched.transaction(async (transaction) => {
      await transaction.execute(`DELETE FROM accounts WHERE id = 'b'`);
      expect(writes).toBe(3);
    });
    expect(writes).toBe(4);
    await watched.withLock('key', async (executor) => {
      await executor.execute(`INSERT INTO other (id) VALUES ('b')`);
    });
    expect(writes).toBe(4);
    // A table whose name only starts like a watched one is not one.
    await store.execute('CREATE TABLE accounts_archive (id TEXT)');
    await watched.execute(`INSERT INTO accounts_archive (id) VALUES ('c')`);
    expect(writes).toBe(4);
    await watched.close();
  });
});
