import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { StoreError } from '../errors/store-error.ts';
import { acquireProcessLock } from './acquire-process-lock.ts';
import { type SqliteWriteThread, startSqliteWriteThread } from './start-sqlite-write-thread.ts';
import type { SqlExecutor, SqlValue, Store } from './store.ts';

/**
 * A store in one SQLite file through Node's built-in `node:sqlite` (no native build). `:memory:`
 * keeps everything in memory. Events reach routers of this process only. A statement waits up to
 * `busyTimeoutMs` (default 5 s) for another process's lock, then fails with a StoreError. A file
 * store writes execution logs and checkpoints its WAL on a thread of its own with a second
 * connection (started by the first log batch), so neither pauses the event loop.
 *
 * @example
 * const router = new ToolRouter({ store: sqliteStore('./data/toolrouter.db') });
 */
export function sqliteStore(
  path = './.toolrouter/toolrouter.db',
  options: {
    /**
     * Refuse to open a file another live process opened with `exclusive` (a `<file>.lock` with its
     * pid): `toolrouter serve` sets it, so a second server on one SQLite file is refused with a
     * pointer to PostgreSQL. Released by `close()`.
     */
    exclusive?: boolean;
    /** How long a statement waits for another process's lock before a StoreError (default 5 s). */
    busyTimeoutMs?: number;
  } = {},
): Store {
  const inMemory = path === ':memory:';
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  let database: DatabaseSync;
  let releaseLock = () => {};
  try {
    if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
    if (options.exclusive && !inMemory) releaseLock = acquireProcessLock(resolve(path));
    database = new DatabaseSync(path);
    database.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    if (!inMemory) database.exec('PRAGMA journal_mode = WAL');
    database.exec('PRAGMA synchronous = NORMAL');
  } catch (cause) {
    releaseLock();
    if (StoreError.isInstance(cause)) throw cause;
    throw new StoreError({
      message: `Cannot open the SQLite database at '${path}': ${(cause as Error).message}`,
      cause,
    });
  }
  const statements = new Map<string, StatementSync>();
  const events = new EventEmitter();
  events.setMaxListeners(0);
  // One connection: a transaction that awaits must not take in other callers' statements, so every
  // statement outside the running transaction waits for it to end.
  let transactionDone: Promise<void> = Promise.resolve();
  let closed = false;
  const locks = new Map<string, Promise<unknown>>();
  let writeThread: SqliteWriteThread | undefined;
  let writeThreadStopped = false;

  /** The write thread, started on first use; undefined once it stopped (then this connection writes). */
  function backgroundWriter(): SqliteWriteThread | undefined {
    if (writeThread || writeThreadStopped) return writeThread;
    writeThread = startSqliteWriteThread(resolve(path), busyTimeoutMs, (error, unanswered) => {
      writeThreadStopped = true;
      writeThread = undefined;
      if (closed) {
        for (const statement of unanswered) statement.reject(error);
        return;
      }
      database.exec('PRAGMA wal_autocheckpoint = 1000');
      for (const statement of unanswered) {
        store.execute(statement.sql, statement.params).then(statement.resolve, statement.reject);
      }
    });
    // The thread checkpoints from now on; this connection's commits never copy the WAL back.
    database.exec('PRAGMA wal_autocheckpoint = 0');
    return writeThread;
  }

  /**
   * Runs `work` as soon as no transaction holds the connection, in the same synchronous step as
   * the check, so nothing can start in between.
   */
  async function whenIdle<T>(work: () => T): Promise<T> {
    let awaited = transactionDone;
    while (true) {
      await awaited;
      if (awaited === transactionDone) return work();
      awaited = transactionDone;
    }
  }

  function prepare(sql: string): StatementSync {
    if (closed) throw new StoreError({ message: 'The SQLite store is closed.' });
    let statement = statements.get(sql);
    if (!statement) {
      statement = database.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  }

  const direct: SqlExecutor = {
    async query<Row>(sql: string, params: readonly SqlValue[] = []) {
      return busyAsStoreError(() => prepare(sql).all(...params) as Row[]);
    },
    async execute(sql: string, params: readonly SqlValue[] = []) {
      return busyAsStoreError(() => Number(prepare(sql).run(...params).changes));
    },
  };

  const store: Store = {
    dialect: 'sqlite',
    ephemeral: inMemory,
    async query<Row>(sql: string, params?: readonly SqlValue[]) {
      return whenIdle(() => busyAsStoreError(() => prepare(sql).all(...(params ?? [])) as Row[]));
    },
    async execute(sql: string, params?: readonly SqlValue[]) {
      return whenIdle(() => busyAsStoreError(() => Number(prepare(sql).run(...(params ?? [])).changes)));
    },
    async transaction<T>(work: (transaction: SqlExecutor) => Promise<T>): Promise<T> {
      let release!: () => void;
      const mine = new Promise<void>((resolveRelease) => {
        release = resolveRelease;
      });
      await whenIdle(() => {
        transactionDone = mine;
      });
      try {
        busyAsStoreError(() => database.exec('BEGIN IMMEDIATE'));
        try {
          const result = await work(direct);
          database.exec('COMMIT');
          return result;
        } catch (error) {
          database.exec('ROLLBACK');
          throw error;
        }
      } finally {
        release();
      }
    },
    async withLock<T>(key: string, work: (executor: SqlExecutor) => Promise<T>): Promise<T> {
      // The store serves one process, so a per-key promise chain is the whole lock.
      const previous = locks.get(key) ?? Promise.resolve();
      const mine = previous.catch(() => undefined).then(() => work(store));
      const settled = mine.catch(() => undefined);
      locks.set(key, settled);
      try {
        return await mine;
      } finally {
        if (locks.get(key) === settled) locks.delete(key);
      }
    },
    async publish(channel: string, payload: string) {
      events.emit(channel, payload);
    },
    async subscribe(channel: string, listener: (payload: string) => void) {
      events.on(channel, listener);
      return () => events.off(channel, listener);
    },
    ...(inMemory
      ? {}
      : {
          async executeInBackground(sql: string, params: readonly SqlValue[] = []) {
            if (closed) throw new StoreError({ message: 'The SQLite store is closed.' });
            const thread = backgroundWriter();
            return thread ? thread.execute(sql, params) : store.execute(sql, params);
          },
        }),
    async close() {
      if (closed) return;
      await writeThread?.close();
      await whenIdle(() => {
        closed = true;
      });
      statements.clear();
      database.close();
      releaseLock();
    },
  };
  return store;
}

/**
 * Runs a statement; SQLite's "database is locked" / "busy" (another process held the file past
 * `busy_timeout`) becomes a StoreError, which the server answers with 503, like a store that is
 * down, instead of an unexplained failure.
 */
function busyAsStoreError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const code = (error as { errcode?: unknown }).errcode;
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes (low byte).
    if (typeof code === 'number' && ((code & 0xff) === 5 || (code & 0xff) === 6)) {
      throw new StoreError({
        message: 'The SQLite database is locked by another connection; try again shortly.',
        cause: error,
      });
    }
    throw error;
  }
}
