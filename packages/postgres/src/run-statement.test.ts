import { afterAll, describe, expect, it } from 'vitest';
import { cleanUpTestStores, postgresTestStore } from './test-support/test-stores.ts';

afterAll(() => cleanUpTestStores());

describe('statements run again are prepared', () => {
  it('names a statement from its second run on, and answers the same', async () => {
    // One connection, so pg_prepared_statements shows what that connection prepared.
    const store = postgresTestStore(undefined, { max: 1 });
    await store.execute('CREATE TABLE things (id TEXT PRIMARY KEY, name TEXT)');
    await store.execute("INSERT INTO things VALUES ('a', 'first'), ('b', 'second')");
    const prepared = async () =>
      (
        await store.query<{ statement: string }>(
          "SELECT statement FROM pg_prepared_statements WHERE name LIKE 'toolrouter_%'",
        )
      ).map((row) => row.statement);
    const read = 'SELECT * FROM things WHERE id = ?';
    expect(await store.query(read, ['a'])).toEqual([{ id: 'a', name: 'first' }]);
    expect(await prepared()).not.toContain('SELECT * FROM things WHERE id = $1');
    expect(await store.query(read, ['b'])).toEqual([{ id: 'b', name: 'second' }]);
    expect(await store.query(read, ['a'])).toEqual([{ id: 'a', name: 'first' }]);
    expect(await prepared()).toContain('SELECT * FROM things WHERE id = $1');
  });

  it('answers a prepared SELECT * after another instance added a column, and drops the stale connection', async () => {
    const store = postgresTestStore(undefined, { max: 1 });
    const other = postgresTestStore(
      (await store.query<{ schema: string }>('SELECT current_schema() AS schema'))[0]!.schema,
    );
    await store.execute('CREATE TABLE accounts (id TEXT PRIMARY KEY, status TEXT)');
    await store.execute("INSERT INTO accounts VALUES ('ca_1', 'ACTIVE')");
    const read = 'SELECT * FROM accounts WHERE id = ?';
    for (let index = 0; index < 3; index++) await store.query(read, ['ca_1']);
    // A rolling deploy: another instance migrates the table under this one's prepared statement.
    await other.execute('ALTER TABLE accounts ADD COLUMN alias TEXT');
    expect(await store.query(read, ['ca_1'])).toEqual([{ id: 'ca_1', status: 'ACTIVE', alias: null }]);
    // The next statements run on a fresh connection, where the statement is prepared anew.
    for (let index = 0; index < 3; index++) {
      expect(await store.query(read, ['ca_1'])).toEqual([{ id: 'ca_1', status: 'ACTIVE', alias: null }]);
    }
  });
});
