import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { StoreError } from '../errors/store-error.ts';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

/**
 * Takes `<databasePath>.lock` for this process, so a second server on the same SQLite file is
 * refused instead of racing the first (both refreshing one account's rotating token ends with the
 * account EXPIRED). A lock left by a process that is gone (kill -9, a crash) on this host is taken
 * over. Resolves with the release function (idempotent); throws a `StoreError` that points to
 * PostgreSQL when another live process holds it.
 *
 * @example
 * const release = acquireProcessLock('./.toolrouter/toolrouter.db');
 * // ... serve ...
 * release();
 */
export function acquireProcessLock(databasePath: string): () => void {
  const lockPath = `${databasePath}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let descriptor: number;
    try {
      descriptor = openSync(lockPath, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreError({
          message: `Cannot create the lock file '${lockPath}' of the SQLite database: ${(error as Error).message}`,
          cause: error,
        });
      }
      const owner = readOwner(lockPath);
      if (owner && (owner.host !== me.host || isAlive(owner.pid))) {
        throw new StoreError({
          message: `Another toolrouter server (pid ${owner.pid} on ${owner.host}, since ${owner.startedAt}) is already serving the SQLite database '${databasePath}'. SQLite serves one process: to run several servers, use PostgreSQL (TOOLROUTER_DATABASE_URL=postgres://..., with @toolrouter/postgres). If that process is gone, delete '${lockPath}'.`,
        });
      }
      // Left by a process that no longer runs (or unreadable): take it over.
      try {
        unlinkSync(lockPath);
      } catch {
        // Someone else removed it first; try again.
      }
      continue;
    }
    writeSync(descriptor, JSON.stringify(me));
    closeSync(descriptor);
    let released = false;
    return function releaseProcessLock() {
      if (released) return;
      released = true;
      if (readOwner(lockPath)?.pid !== me.pid) return;
      try {
        unlinkSync(lockPath);
      } catch {
        // Already gone.
      }
    };
  }
  throw new StoreError({ message: `Cannot take the lock file '${lockPath}' of the SQLite database.` });
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return undefined;
    return { pid: owner.pid, host: owner.host, startedAt: String(owner.startedAt ?? 'an unknown time') };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
