import type pg from 'pg';

/** Where the store connects: a connection string, or a `pg` Pool you own (the store never ends it). */
export type PostgresConnection = { connectionString: string } | { pool: pg.Pool };

/** Settings for the connections the store opens itself (with `connectionString`). */
export interface PostgresStoreOptions {
  /** Most connections in the pool. Default 10. */
  max?: number;
  /** `statement_timeout` of every connection, in milliseconds; 0 turns it off. Default 15 000. */
  statementTimeoutMs?: number;
  /** How long to wait for a connection before failing, in milliseconds. Default 10 000. */
  connectionTimeoutMs?: number;
  /** How long an unused connection stays open, in milliseconds. Default 30 000. */
  idleTimeoutMs?: number;
  /**
   * The schema that holds toolrouter's tables, created if missing; events are scoped to it too, so
   * several deployments can share one database. Default: the connection's `search_path` (`public`).
   */
  schema?: string;
  /** `application_name` shown in `pg_stat_activity`. Default `toolrouter`. */
  applicationName?: string;
}
