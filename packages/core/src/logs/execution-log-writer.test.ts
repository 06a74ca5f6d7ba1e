import { describe, expect, it } from 'vitest';
import { migrateStore } from '../store/migrate-store.ts';
import { sqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
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

  it('writes a full batch at once and flush() writes what is queued without waiting for the window', async () => {
    const { store, counting, writer } = await batchingWriter();
    for (let index = 0; index < 250; index++) writer.write(entry);
    await writer.flush();
    expect(counting.inserts()).toBe(3);
    const [row] = await store.query<{ count: number }>('SELECT COUNT(*) AS count FROM execution_logs');
    expect(Number(row!.count)).toBe(250);
  });
});
