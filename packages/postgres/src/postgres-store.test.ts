import { StoreError, ToolRouter, ValidationError } from '@toolrouter/core';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresStore } from './postgres-store.ts';
import { closedPort } from './test-support/closed-port.ts';
import { TEST_DATABASE_URL, withAdminClient } from './test-support/test-database.ts';
import { createTestSchema, postgresTestStore } from './test-support/test-stores.ts';

describe('postgresStore', () => {
  it('runs core-style SQL: ? placeholders, row counts, numbers as numbers', async () => {
    const store = postgresTestStore();
    expect(store.dialect).toBe('postgres');
    expect(store.ephemeral).toBe(false);
    await store.execute('CREATE TABLE things (id TEXT PRIMARY KEY, note TEXT, size INTEGER)');
    expect(await store.execute("INSERT INTO things (id, note, size) VALUES (?, 'why?', ?)", ['a', 1])).toBe(
      1,
    );
    expect(
      await store.execute('INSERT INTO things (id, note, size) VALUES (?, ?, ?), (?, ?, ?)', [
        'b',
        null,
        2,
        'c',
        'x',
        3,
      ]),
    ).toBe(2);
    expect(await store.execute('UPDATE things SET size = size + 1 WHERE size >= ?', [2])).toBe(2);
    expect(await store.execute('UPDATE things SET size = 0 WHERE id = ?', ['none'])).toBe(0);
    expect(
      await store.query('SELECT id, note, size FROM things WHERE id = ? OR note = ? ORDER BY id', ['a', 'x']),
    ).toEqual([
      { id: 'a', note: 'why?', size: 1 },
      { id: 'c', note: 'x', size: 4 },
    ]);
    const [counts] = await store.query(
      'SELECT COUNT(*) AS count, SUM(size) AS total, AVG(size) AS average, MAX(size) AS largest FROM things',
    );
    expect(counts).toEqual({ count: 3, total: 8, average: 8 / 3, largest: 4 });
    const [big] = await store.query('SELECT 9007199254740993::bigint AS big, 42::bigint AS small');
    expect(big).toEqual({ big: '9007199254740993', small: 42 });
    expect(await store.execute('CREATE INDEX things_size ON things (size)')).toBe(0);
  });

  it('reports a unique violation with SQLSTATE 23505, as core expects', async () => {
    const store = postgresTestStore();
    await store.execute('CREATE TABLE unique_things (id TEXT PRIMARY KEY)');
    await store.execute('INSERT INTO unique_things (id) VALUES (?)', ['a']);
    await expect(store.execute('INSERT INTO unique_things (id) VALUES (?)', ['a'])).rejects.toMatchObject({
      code: '23505',
    });
    expect(
      await store.execute('INSERT INTO unique_things (id) VALUES (?) ON CONFLICT DO NOTHING', ['a']),
    ).toBe(0);
  });

  it('lets several instances run the same CREATE ... IF NOT EXISTS at once, as SQLite does', async () => {
    const schema = createTestSchema();
    await postgresTestStore(schema).query('SELECT 1');
    const stores = Array.from({ length: 6 }, () => postgresTestStore(schema));
    await Promise.all(
      stores.map((store) => store.execute('CREATE TABLE IF NOT EXISTS shared (id TEXT PRIMARY KEY)')),
    );
    await Promise.all(
      stores.map((store) => store.execute('CREATE INDEX IF NOT EXISTS shared_id ON shared (id)')),
    );
    expect(await stores[0]!.query('SELECT COUNT(*) AS count FROM shared')).toEqual([{ count: 0 }]);
    // Any other failure of such a statement still surfaces.
    await expect(
      stores[0]!.execute('CREATE TABLE IF NOT EXISTS broken (id NO_SUCH_TYPE)'),
    ).rejects.toMatchObject({ code: '42704' });
  });

  it('commits a transaction, and rolls all of it back when the work throws', async () => {
    const store = postgresTestStore(createTestSchema(), { max: 1 });
    await store.execute('CREATE TABLE ledger (v INTEGER)');
    expect(
      await store.transaction(async (transaction) => {
        await transaction.execute('INSERT INTO ledger (v) VALUES (?)', [1]);
        return (await transaction.query<{ v: number }>('SELECT v FROM ledger'))[0]?.v;
      }),
    ).toBe(1);
    const failing = store.transaction(async (transaction) => {
      await transaction.execute('INSERT INTO ledger (v) VALUES (?)', [2]);
      expect(await transaction.query('SELECT v FROM ledger ORDER BY v')).toEqual([{ v: 1 }, { v: 2 }]);
      throw new Error('roll back');
    });
    await expect(failing).rejects.toThrow('roll back');
    // A failed statement rolls back too, and the one connection is clean for the next caller.
    await expect(
      store.transaction(async (transaction) => {
        await transaction.execute('INSERT INTO ledger (v) VALUES (?)', [3]);
        await transaction.execute('INSERT INTO missing_table (v) VALUES (1)');
      }),
    ).rejects.toMatchObject({ code: '42P01' });
    expect(await store.query('SELECT v FROM ledger')).toEqual([{ v: 1 }]);
    expect(
      await store.query(
        "SELECT current_setting('transaction_isolation') AS level, now() = statement_timestamp() AS outside",
      ),
    ).toEqual([{ level: 'read committed', outside: true }]);
  });

  it('fails, never reports success, when the work caught a failed statement and PostgreSQL rolled back', async () => {
    const store = postgresTestStore(createTestSchema(), { max: 1 });
    await store.execute('CREATE TABLE ledger (v INTEGER PRIMARY KEY)');
    await store.execute('INSERT INTO ledger (v) VALUES (1)');
    const swallowed = store.transaction(async (transaction) => {
      await transaction.execute('INSERT INTO ledger (v) VALUES (?)', [2]);
      // SQLite would go on; PostgreSQL aborts the whole transaction and turns COMMIT into ROLLBACK.
      await transaction.execute('INSERT INTO ledger (v) VALUES (?)', [1]).catch(() => {});
      return 'done';
    });
    await expect(swallowed).rejects.toSatisfy(StoreError.isInstance);
    await expect(swallowed).rejects.toThrow(/rolled back/);
    expect(await store.query('SELECT v FROM ledger')).toEqual([{ v: 1 }]);
    // The one connection is clean for the next caller.
    expect(await store.transaction(async (transaction) => transaction.execute('DELETE FROM ledger'))).toBe(1);
  });

  it('refuses statements on a transaction that has ended', async () => {
    const store = postgresTestStore();
    let leaked: Parameters<Parameters<typeof store.transaction>[0]>[0] | undefined;
    await store.transaction(async (transaction) => {
      leaked = transaction;
    });
    await expect(leaked!.query('SELECT 1')).rejects.toSatisfy(StoreError.isInstance);
    await expect(leaked!.execute('SELECT 1')).rejects.toThrow(/transaction has ended/);
  });

  it('sets statement_timeout on every connection (15 s unless configured)', async () => {
    const byDefault = postgresTestStore();
    expect(await byDefault.query("SELECT current_setting('statement_timeout') AS timeout")).toEqual([
      { timeout: '15s' },
    ]);
    const configured = postgresTestStore(createTestSchema(), { statementTimeoutMs: 250 });
    expect(await configured.query("SELECT current_setting('statement_timeout') AS timeout")).toEqual([
      { timeout: '250ms' },
    ]);
    await expect(configured.query('SELECT pg_sleep(5)')).rejects.toMatchObject({ code: '57014' });
    const off = postgresTestStore(createTestSchema(), { statementTimeoutMs: 0 });
    expect(await off.query("SELECT current_setting('statement_timeout') AS timeout")).toEqual([
      { timeout: '0' },
    ]);
  });

  it('keeps its tables in the schema it is given, creating it when missing', async () => {
    const schema = createTestSchema();
    const store = postgresTestStore(schema);
    await store.execute('CREATE TABLE here (id TEXT)');
    const [row] = await withAdminClient((client) =>
      client.query(
        'SELECT table_schema FROM information_schema.tables WHERE table_name = $1 AND table_schema = $2',
        ['here', schema],
      ),
    ).then((result) => result.rows);
    expect(row).toEqual({ table_schema: schema });
    // The connection string's own startup options survive next to the schema's search_path.
    const withOptions = postgresStore(
      { connectionString: `${TEST_DATABASE_URL}?options=${encodeURIComponent('-c work_mem=8MB')}` },
      { schema },
    );
    expect(
      await withOptions.query("SELECT current_setting('work_mem') AS memory, current_schema() AS schema"),
    ).toEqual([{ memory: '8MB', schema }]);
    await withOptions.close();
  });

  it('rejects a schema name that is not a plain identifier, and a schema next to your own pool', () => {
    const attempt = () =>
      postgresStore({ connectionString: TEST_DATABASE_URL }, { schema: 'a"; DROP TABLE x; --' });
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(/Schema/);
    const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL });
    expect(() => postgresStore({ pool }, { schema: 'fine' })).toThrow(/own pool/);
    return pool.end();
  });

  it('runs on a pool you own and leaves it open on close', async () => {
    const schema = createTestSchema();
    await postgresTestStore(schema).execute('CREATE TABLE owned (v INTEGER)');
    const pool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      options: `-c search_path=${schema}`,
      max: 2,
    });
    const store = postgresStore({ pool });
    expect(await store.execute('INSERT INTO owned (v) VALUES (?)', [5])).toBe(1);
    await store.subscribe('ping', () => {});
    await store.close();
    expect((await pool.query('SELECT v FROM owned')).rows).toEqual([{ v: 5 }]);
    await pool.end();
  });

  it('refuses every call after close', async () => {
    const store = postgresTestStore();
    await store.query('SELECT 1');
    await store.close();
    await store.close();
    await expect(store.query('SELECT 1')).rejects.toThrow(/store is closed/);
    await expect(store.transaction(async () => 1)).rejects.toSatisfy(StoreError.isInstance);
    await expect(store.subscribe('x', () => {})).rejects.toSatisfy(StoreError.isInstance);
  });

  it('fails at first use with a StoreError that names host, port and database, never the password', async () => {
    const port = await closedPort();
    const store = postgresStore({
      connectionString: `postgres://toolrouter:s3cret-passw0rd@127.0.0.1:${port}/appdb`,
    });
    for (const attempt of [
      store.query('SELECT 1'),
      store.execute('SELECT 1'),
      store.transaction(async () => 1, { lockKey: 'k' }),
      store.publish('channel', 'payload'),
      store.subscribe('channel', () => {}),
    ]) {
      const error = await attempt.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(StoreError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain(`127.0.0.1:${port}/appdb as user toolrouter`);
      expect((error as Error).message).toMatch(/ECONNREFUSED/);
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('s3cret-passw0rd');
    }
    await store.close();

    // Through the SDK: the router's first use says the same.
    const router = new ToolRouter({
      store: postgresStore({ connectionString: `postgres://127.0.0.1:${port}/appdb` }),
      builtinToolkits: false,
      encryptionKeys: [Buffer.alloc(32, 1).toString('base64')],
    });
    await expect(router.ready()).rejects.toSatisfy(StoreError.isInstance);
    await expect(router.ready()).rejects.toThrow(`127.0.0.1:${port}/appdb`);
    await router.close();
  });

  it('names a database that does not exist', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = '/toolrouter_no_such_database';
    const store = postgresStore({ connectionString: url.toString() });
    await expect(store.query('SELECT 1')).rejects.toThrow(
      /\/toolrouter_no_such_database as user .*does not exist/,
    );
    await store.close();
  });
});
