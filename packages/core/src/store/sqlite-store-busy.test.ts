import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors/store-error.ts';
import { sqliteStore } from './sqlite-store.ts';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('sqliteStore and a database another process holds locked', () => {
  it('fails with a StoreError (the server answers 503), not a bare SQLite error', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'toolrouter-busy-'));
    directories.push(directory);
    const path = join(directory, 'busy.db');
    const store = sqliteStore(path, { busyTimeoutMs: 50 });
    await store.execute('CREATE TABLE things (id TEXT)');
    const holder = new DatabaseSync(path);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const write = await store
        .execute('INSERT INTO things VALUES (?)', ['a'])
        .catch((error: unknown) => error);
      expect(StoreError.isInstance(write), String(write)).toBe(true);
      expect((write as Error).message).toMatch(/locked/);
      const transaction = await store.transaction(async () => 1).catch((error: unknown) => error);
      expect(StoreError.isInstance(transaction), String(transaction)).toBe(true);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(await store.execute('INSERT INTO things VALUES (?)', ['b'])).toBe(1);
    await store.close();
  });
});
