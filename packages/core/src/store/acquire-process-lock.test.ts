import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors/store-error.ts';
import { sqliteStore } from './sqlite-store.ts';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'toolrouter-lock-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('sqliteStore({ exclusive })', () => {
  it('refuses a second exclusive opener of the file with a pointer to PostgreSQL, until the first closes', async () => {
    const file = join(directory, 'toolrouter.db');
    const first = sqliteStore(file, { exclusive: true });
    expect(() => sqliteStore(file, { exclusive: true })).toThrow(StoreError);
    expect(() => sqliteStore(file, { exclusive: true })).toThrow(
      new RegExp(`pid ${process.pid} .*use PostgreSQL`),
    );
    // Tools that only read or re-key (migrate, keys rotate) are not servers: they may open it.
    const tool = sqliteStore(file);
    await tool.close();
    await first.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
    const again = sqliteStore(file, { exclusive: true });
    await again.close();
  });

  it('takes over a lock left by a process that is gone (kill -9, a crash)', async () => {
    const file = join(directory, 'toolrouter.db');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: Number(gone.stdout.toString()), host: hostname(), startedAt: 'earlier' }),
    );
    const store = sqliteStore(file, { exclusive: true });
    await store.query('SELECT 1');
    await store.close();
  });
});
