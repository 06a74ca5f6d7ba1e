import { Worker } from 'node:worker_threads';
import { StoreError } from '../errors/store-error.ts';
import type { SqlValue } from './store.ts';

/** A second connection to a SQLite file, on its own thread: writes that must not pause the event loop. */
export interface SqliteWriteThread {
  /** Runs one statement on the thread's connection; resolves to the rows it changed. */
  execute(sql: string, params: readonly SqlValue[]): Promise<number>;
  /** Resolves once every statement sent so far has run, then ends the thread. */
  close(): Promise<void>;
}

/**
 * How often the thread checkpoints the WAL (PASSIVE: never waits for a reader or the writer). The
 * connection that writes on the event loop has its automatic checkpoint turned off while the thread
 * lives, so a checkpoint (copying pages into the database file, an fsync) never runs there.
 */
const CHECKPOINT_EVERY_MS = 1000;

// The thread's code: plain JavaScript, run with `eval` so it needs no file of its own in the built
// package or under the source condition. Its connection checkpoints after its own commits once the
// WAL passes 1,000 pages (SQLite's default), and every second for the other connection's writes.
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const database = new DatabaseSync(workerData.path);
database.exec('PRAGMA busy_timeout = ' + workerData.busyTimeoutMs);
database.exec('PRAGMA synchronous = NORMAL');
const statements = new Map();
const checkpoint = setInterval(() => {
  try { database.exec('PRAGMA wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.checkpointEveryMs);
parentPort.on('message', (message) => {
  if (message.close) {
    clearInterval(checkpoint);
    try { database.exec('PRAGMA wal_checkpoint(PASSIVE)'); } catch {}
    database.close();
    parentPort.postMessage({ closed: true });
    return;
  }
  try {
    let statement = statements.get(message.sql);
    if (!statement) {
      statement = database.prepare(message.sql);
      statements.set(message.sql, statement);
    }
    const changes = Number(statement.run(...message.params).changes);
    parentPort.postMessage({ id: message.id, changes });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String(error && error.message), errcode: error && error.errcode });
  }
});
`;

interface Reply {
  id?: number;
  changes?: number;
  error?: string;
  errcode?: number;
  closed?: true;
}

/** A statement the thread had not answered when it stopped, for the store to run itself. */
export interface UnansweredStatement {
  sql: string;
  params: readonly SqlValue[];
  resolve: (changes: number) => void;
  reject: (error: Error) => void;
}

/**
 * Starts the write thread of the SQLite file at `path` (`sqliteStore` starts it on its first
 * background write). `onStop` runs if the thread ends without `close` (it could not open the file,
 * or crashed) with the statements it had not answered, so the store runs them on its own
 * connection and goes on without the thread.
 *
 * @example
 * const thread = startSqliteWriteThread('./data/toolrouter.db', 5000, (error, unanswered) => {});
 * await thread.execute('INSERT INTO execution_logs (...) VALUES (...)', values);
 */
export function startSqliteWriteThread(
  path: string,
  busyTimeoutMs: number,
  onStop: (error: Error, unanswered: UnansweredStatement[]) => void,
): SqliteWriteThread {
  const worker = new Worker(THREAD_CODE, {
    eval: true,
    workerData: { path, busyTimeoutMs, checkpointEveryMs: CHECKPOINT_EVERY_MS },
  });
  // A thread with nothing to write never keeps the process alive.
  worker.unref();
  const pending = new Map<number, UnansweredStatement>();
  let nextId = 0;
  let closing: Promise<void> | undefined;
  let ended = false;
  let closed: () => void = () => {};

  worker.on('message', (reply: Reply) => {
    if (reply.closed) {
      closed();
      return;
    }
    const waiting = pending.get(reply.id!);
    if (!waiting) return;
    pending.delete(reply.id!);
    if (pending.size === 0) worker.unref();
    if (reply.error === undefined) waiting.resolve(reply.changes!);
    else waiting.reject(threadError(reply.error, reply.errcode));
  });
  const stop = (error: Error) => {
    if (ended) return;
    ended = true;
    const unanswered = [...pending.values()];
    pending.clear();
    closed();
    if (closing) {
      const failure = new StoreError({
        message: `The SQLite write thread stopped: ${error.message}`,
        cause: error,
      });
      for (const statement of unanswered) statement.reject(failure);
    } else {
      onStop(error, unanswered);
    }
  };
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`the thread exited with code ${code}`)));

  return {
    execute(sql, params) {
      if (ended || closing) {
        return Promise.reject(new StoreError({ message: 'The SQLite store is closed.' }));
      }
      const id = nextId++;
      // While a write is on its way, the process waits for it.
      if (pending.size === 0) worker.ref();
      return new Promise<number>((resolve, reject) => {
        pending.set(id, { sql, params, resolve, reject });
        worker.postMessage({ id, sql, params });
      });
    },
    close() {
      closing ??= ended
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            closed = resolve;
            // Messages are handled in order: every statement sent before this one runs first.
            worker.ref();
            worker.postMessage({ close: true });
          }).then(() => worker.terminate().then(() => undefined));
      return closing;
    },
  };
}

/** The thread's error as the store's own connection would raise it (busy and locked: a StoreError). */
function threadError(message: string, errcode: number | undefined): Error {
  // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes (low byte).
  if (typeof errcode === 'number' && ((errcode & 0xff) === 5 || (errcode & 0xff) === 6)) {
    return new StoreError({
      message: 'The SQLite database is locked by another connection; try again shortly.',
    });
  }
  return Object.assign(new Error(message), { errcode });
}
