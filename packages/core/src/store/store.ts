/** A value a store accepts as a query parameter. */
export type SqlValue = string | number | null;

/** Runs SQL; `?` placeholders in every dialect (the store translates). */
export interface SqlExecutor {
  /** Rows of a query. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** A statement; resolves to the number of rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** Options of `Store.subscribe`. */
export interface SubscribeOptions {
  /**
   * Told when events may be missed: `'start'` when the connection that carries them drops (events
   * published from then on never arrive) and `'end'` once it listens again. Whatever changed in
   * between was not announced, so a cache kept in step by the events serves nothing between the
   * two and starts afresh after `'end'`. Stores whose events stay in the process never call it.
   */
  onGap?: (phase: 'start' | 'end') => void;
}

/**
 * Where toolrouter keeps auth configs, connected accounts, sessions, links and logs. Deliberately
 * narrow: a SQL executor with transactions plus events, so SQLite and PostgreSQL share every query
 * (written in the SQL both accept) and one test suite.
 */
export interface Store extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Whether the data dies with the process (then an ephemeral encryption key is fine). */
  readonly ephemeral: boolean;
  /**
   * Runs `work` in a transaction. On PostgreSQL `lockKey` takes a transaction-level advisory lock
   * first, so work on the same key is serialised across instances.
   */
  transaction<T>(work: (transaction: SqlExecutor) => Promise<T>, options?: { lockKey?: string }): Promise<T>;
  /**
   * Runs `work` while holding a lock on `key` that every router on this store respects, WITHOUT a
   * transaction, so other statements go on meanwhile (for slow work such as an OAuth token request).
   * `work` runs its statements through the executor it is given (each one commits on its own).
   * SQLite: one process, an in-process lock. PostgreSQL: a session advisory lock on the connection
   * the executor uses, so waiting callers never starve the holder of connections.
   */
  withLock<T>(key: string, work: (executor: SqlExecutor) => Promise<T>): Promise<T>;
  /** Publishes an event to every router on this store (this process and, on PostgreSQL, others). */
  publish(channel: string, payload: string): Promise<void>;
  /**
   * Receives events of `publish` (and, on PostgreSQL, the store's own NOTIFYs on that channel);
   * resolves once listening, to the unsubscribe function.
   */
  subscribe(
    channel: string,
    listener: (payload: string) => void,
    options?: SubscribeOptions,
  ): Promise<() => void>;
  /**
   * Runs a write nobody waits for on the event loop (a batch of execution logs). A SQLite file
   * store runs it on a second connection in its own thread, so neither the INSERT nor a WAL
   * checkpoint pauses requests in flight. Optional: without it (PostgreSQL, whose writes already
   * leave the process; `:memory:`; a custom store) such writes go through `execute`.
   */
  executeInBackground?(sql: string, params?: readonly SqlValue[]): Promise<number>;
  close(): Promise<void>;
}
