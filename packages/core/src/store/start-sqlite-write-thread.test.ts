import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../errors/store-error.ts';
import { publicEchoToolkit } from '../test-support/echo-toolkits.ts';
import { type EchoApi, startEchoApi } from '../test-support/start-echo-api.ts';
import { ToolRouter } from '../tool-router.ts';
import { sqliteStore } from './sqlite-store.ts';
import { startSqliteWriteThread, type UnansweredStatement } from './start-sqlite-write-thread.ts';
import type { Store } from './store.ts';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'toolrouter-write-thread-'));
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

async function storeWithTable(name: string): Promise<Store> {
  const store = sqliteStore(join(directory, name));
  await store.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return store;
}

describe('sqliteStore executeInBackground', () => {
  it('writes through a second connection whose rows the store reads once the promise resolves', async () => {
    const store = await storeWithTable('visible.db');
    expect(await store.executeInBackground!('INSERT INTO notes (body) VALUES (?), (?)', ['a', 'b'])).toBe(2);
    expect(await store.query('SELECT body FROM notes ORDER BY id')).toEqual([{ body: 'a' }, { body: 'b' }]);
    // A temporary table belongs to the connection that made it: the store's own cannot see it.
    await store.executeInBackground!('CREATE TEMP TABLE scratch (value INTEGER)');
    await expect(store.query('SELECT * FROM temp.scratch')).rejects.toThrow(/no such table/);
    await store.close();
  });

  it('lands after a transaction of the store that was open when it was sent', async () => {
    const store = await storeWithTable('locked.db');
    let ticks = 0;
    let written: Promise<number> | undefined;
    await store.transaction(async (transaction) => {
      await transaction.execute('INSERT INTO notes (body) VALUES (?)', ['first']);
      written = store.executeInBackground!('INSERT INTO notes (body) VALUES (?)', ['second']);
      // The write waits for the transaction's lock (on its own thread); timers still fire here.
      for (let index = 0; index < 5; index++) {
        await sleep(5);
        ticks++;
      }
    });
    expect(await written).toBe(1);
    expect(ticks).toBe(5);
    expect(await store.query('SELECT body FROM notes ORDER BY id')).toEqual([
      { body: 'first' },
      { body: 'second' },
    ]);
    await store.close();
  });

  it("rejects with SQLite's message for a bad statement and goes on with the next one", async () => {
    const store = await storeWithTable('errors.db');
    await expect(store.executeInBackground!('INSERT INTO missing (x) VALUES (1)')).rejects.toThrow(
      /no such table: missing/,
    );
    expect(await store.executeInBackground!('INSERT INTO notes (body) VALUES (?)', ['after'])).toBe(1);
    await store.close();
  });

  it('writes everything sent before close, then refuses more with a StoreError', async () => {
    const file = join(directory, 'close.db');
    const store = sqliteStore(file);
    await store.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const writes = Array.from({ length: 50 }, (_, index) =>
      store.executeInBackground!('INSERT INTO notes (body) VALUES (?)', [`note ${index}`]),
    );
    await store.close();
    expect(await Promise.all(writes)).toEqual(Array(50).fill(1));
    const closedError = await store.executeInBackground!('SELECT 1').catch((error: unknown) => error);
    expect(StoreError.isInstance(closedError)).toBe(true);
    const reopened = sqliteStore(file);
    expect(await reopened.query('SELECT COUNT(*) AS count FROM notes')).toEqual([{ count: 50 }]);
    await reopened.close();
  });

  it("checkpoints the WAL on its thread: the store's own connection stops doing it", async () => {
    const file = join(directory, 'checkpoint.db');
    const store = await storeWithTable('checkpoint.db');
    await store.executeInBackground!('INSERT INTO notes (body) VALUES (?)', ['start the thread']);
    expect(await store.query('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 0 }]);
    const sizeBefore = statSync(file).size;
    const body = 'x'.repeat(4000);
    for (let index = 0; index < 300; index++) {
      await store.execute('INSERT INTO notes (body) VALUES (?)', [body]);
    }
    // Only a checkpoint copies pages from the WAL into the database file; the thread runs one a second.
    const deadline = Date.now() + 10_000;
    while (statSync(file).size <= sizeBefore + 300 * 4000 && Date.now() < deadline) await sleep(50);
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 300 * 4000);
    await store.close();
  });

  it('is not offered by a :memory: store, which has no file a second connection could open', () => {
    expect(sqliteStore(':memory:').executeInBackground).toBeUndefined();
  });
});

describe('startSqliteWriteThread', () => {
  it('hands back the statements it could not run when it cannot open the file', async () => {
    const stopped = new Promise<{ error: Error; unanswered: UnansweredStatement[] }>((resolve) => {
      const thread = startSqliteWriteThread(
        join(directory, 'no-such-dir', 'x.db'),
        1000,
        (error, unanswered) => resolve({ error, unanswered }),
      );
      void thread.execute('INSERT INTO notes (body) VALUES (?)', ['kept']);
    });
    const { error, unanswered } = await stopped;
    expect(error.message).toMatch(/unable to open database file/);
    expect(unanswered.map(({ sql, params }) => ({ sql, params }))).toEqual([
      { sql: 'INSERT INTO notes (body) VALUES (?)', params: ['kept'] },
    ]);
  });
});

describe('execution logs on a SQLite file', () => {
  let api: EchoApi;
  beforeAll(async () => {
    api = await startEchoApi({});
  });
  afterAll(async () => {
    await api.close();
  });

  it('are written by the write thread and listed by router.logs', async () => {
    const store = sqliteStore(join(directory, 'logs.db'));
    const router = new ToolRouter({
      store,
      builtinToolkits: false,
      toolkits: [publicEchoToolkit],
      toolkitBaseUrls: { publicecho: `${api.url}/public` },
      encryptionKeys: [Buffer.alloc(32, 7).toString('base64')],
    });
    const session = await router.create('alice', { toolkits: ['publicecho'] });
    await session.execute('PUBLICECHO_GET', { id: '1' });
    await session.execute('PUBLICECHO_GET', { id: '2' });
    const { items } = await router.logs.list({ sessionId: session.sessionId });
    expect(items.map((log) => log.successful)).toEqual([true, true]);
    // The log batch started the thread, which took the checkpoints over.
    expect(await store.query('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 0 }]);
    await router.close();
  });
});
