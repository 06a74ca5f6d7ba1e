import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateStore } from '../store/migrate-store.ts';
import { sqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { publicEchoToolkit } from '../test-support/echo-toolkits.ts';
import { type EchoApi, startEchoApi } from '../test-support/start-echo-api.ts';
import { ToolRouter } from '../tool-router.ts';
import { ExecutionLogWriter } from './execution-log-writer.ts';

const entry = {
  sessionId: 'ses_1',
  userId: 'alice',
  toolkit: 'echo',
  toolSlug: 'ECHO_GET',
  connectedAccountId: null,
  successful: true,
  error: null,
  statusCode: 200,
  durationMs: 3,
};

/** Counts the INSERT statements the writer sends. */
function countingStore(store: Store): { store: Store; inserts: () => number } {
  let inserts = 0;
  return {
    store: {
      ...store,
      execute(sql, params) {
        if (sql.startsWith('INSERT INTO execution_logs')) inserts++;
        return store.execute(sql, params);
      },
    },
    inserts: () => inserts,
  };
}

/** A writer on a fresh migrated store, with its INSERTs counted. */
async function batchingWriter() {
  const store = sqliteStore(':memory:');
  await migrateStore(store);
  const counting = countingStore(store);
  const writer = new ExecutionLogWriter(
    counting.store,
    () => new Date(),
    () => {},
  );
  return { store, counting, writer };
}

describe('ExecutionLogWriter', () => {
  it('writes the calls of one batch window with one INSERT', async () => {
    const { store, counting, writer } = await batchingWriter();
    const ids = [writer.write(entry)];
    await new Promise((resolve) => setImmediate(resolve));
    ids.push(writer.write(entry), writer.write(entry));
    await writer.flush();
    expect(counting.inserts()).toBe(1);
    const rows = await store.query<{ id: string }>('SELECT id FROM execution_logs ORDER BY id');
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
  });

  it("gives ids in the order of the writer's clock, so each batch lands at the end of the key's index", async () => {
    const store = sqliteStore(':memory:');
    await migrateStore(store);
    let clock = Date.parse('2026-03-01T00:00:00Z');
    const writer = new ExecutionLogWriter(
      store,
      () => {
        clock += 7;
        return new Date(clock);
      },
      () => {},
    );
    const ids = Array.from({ length: 50 }, () => writer.write(entry));
    expect([...ids].sort()).toEqual(ids);
    await writer.flush();
    const rows = await store.query<{ id: string; created_at: string }>(
      'SELECT id, created_at FROM execution_logs ORDER BY id',
    );
    expect(rows.map((row) => row.id)).toEqual(ids);
    expect(rows.map((row) => row.created_at)).toEqual([...rows.map((row) => row.created_at)].sort());
  });

  it('writes a full batch at once and flush() writes what is queued without waiting for the window', async () => {
    const { store, counting, writer } = await batchingWriter();
    for (let index = 0; index < 250; index++) writer.write(entry);
    await writer.flush();
    expect(counting.inserts()).toBe(3);
    const [row] = await store.query<{ count: number }>('SELECT COUNT(*) AS count FROM execution_logs');
    expect(Number(row!.count)).toBe(250);
  });

  it('writes a batch by itself once its window passes: a crash loses at most the last window', async () => {
    const store = sqliteStore(':memory:');
    await migrateStore(store);
    const writer = new ExecutionLogWriter(
      store,
      () => new Date(),
      () => {},
    );
    const count = async () =>
      Number(
        (await store.query<{ count: number }>('SELECT COUNT(*) AS count FROM execution_logs'))[0]!.count,
      );
    for (let index = 0; index < 3; index++) writer.write(entry);
    // Queued, not yet written: what a crash right now would lose (this one batch).
    expect(await count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // No flush() called: the window's timer wrote them.
    expect(await count()).toBe(3);
    writer.write(entry);
    expect(await count()).toBe(3);
    await writer.flush();
    expect(await count()).toBe(4);
  });
});

describe('execution logs and router.close()', () => {
  let api: EchoApi;
  let directory: string;
  beforeAll(async () => {
    api = await startEchoApi();
    directory = mkdtempSync(join(tmpdir(), 'toolrouter-logs-'));
  });
  afterAll(async () => {
    await api.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('are in the store after close(), even when the call was the instant before it', async () => {
    const path = join(directory, 'close.db');
    // Embedded on purpose (never the remote-mode swap): this is about the router's own log writer.
    const router = new ToolRouter({
      builtinToolkits: false,
      toolkits: [publicEchoToolkit],
      toolkitBaseUrls: { publicecho: api.url },
      store: sqliteStore(path),
    });
    const session = await router.create('alice', { toolkits: ['publicecho'] });
    const results = await Promise.all(
      [1, 2, 3].map((id) => session.execute('PUBLICECHO_GET', { id: String(id) })),
    );
    await router.close();
    const reopened = sqliteStore(path);
    const rows = await reopened.query<{ id: string }>('SELECT id FROM execution_logs');
    expect(rows.map((row) => row.id).sort()).toEqual(results.map((result) => result.logId).sort());
    await reopened.close();
  });
});
