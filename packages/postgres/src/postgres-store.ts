import {
  type SqlExecutor,
  type SqlValue,
  type Store,
  StoreError,
  type SubscribeOptions,
  ToolRouterError,
  ValidationError,
} from '@toolrouter/core';
import pg from 'pg';
import { channelName, quoteIdentifier } from './channel-name.ts';
import { createNotificationListener } from './create-notification-listener.ts';
import { describeConnection } from './describe-connection.ts';
import type { PostgresConnection, PostgresStoreOptions } from './postgres-store-options.ts';
import { runStatement, runUnnamed, staleConnection } from './run-statement.ts';

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** NOTIFY refuses payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_999;

/**
 * A store on PostgreSQL through `pg`, for several router instances on one database: every query
 * of core runs unchanged (`?` placeholders become `$1..$n`), `transaction(work, { lockKey })` takes
 * a transaction-level advisory lock so work on one key runs once at a time across instances, and
 * events travel by LISTEN/NOTIFY to every instance. Nothing connects until first use; an
 * unreachable database is then a `StoreError` that names host, port and database.
 *
 * @example
 * import { ToolRouter } from '@toolrouter/core';
 * import { postgresStore } from '@toolrouter/postgres';
 *
 * const router = new ToolRouter({ store: postgresStore({ connectionString: process.env.DATABASE_URL! }) });
 */
export function postgresStore(connection: PostgresConnection, options: PostgresStoreOptions = {}): Store {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ValidationError({
      field: 'schema',
      message: `Schema '${schema}' must be 1-63 letters, digits or _ and not start with a digit.`,
    });
  }
  if ('pool' in connection && schema !== undefined) {
    throw new ValidationError({
      field: 'schema',
      message:
        "With your own pool, set the schema in the pool's config (options: '-c search_path=...'), not in postgresStore's options.",
    });
  }
  const ownsPool = !('pool' in connection);
  const clientConfig: pg.PoolConfig = ownsPool
    ? connectionConfig(connection.connectionString, options)
    : connection.pool.options;
  const pool = ownsPool ? new pg.Pool(clientConfig) : connection.pool;
  // An idle connection that breaks (server restart) is dropped by the pool; without a listener the
  // 'error' event would end the process.
  if (ownsPool) pool.on('error', () => {});
  const where = describeConnection(clientConfig);
  const channelPrefix = schema ? `${schema}:` : '';
  let schemaReady = schema === undefined;
  let closed = false;

  function unreachable(cause: unknown): StoreError {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new StoreError({
      message: `Cannot connect to PostgreSQL at ${where}: ${reason}. Check TOOLROUTER_DATABASE_URL (or the connection string) and that the server accepts connections.`,
      cause,
    });
  }

  const notifications = createNotificationListener({
    clientConfig: ownsPool ? { ...clientConfig, statement_timeout: undefined } : clientConfig,
    connectError: unreachable,
    closedError,
  });

  async function connect(): Promise<pg.PoolClient> {
    if (closed) throw closedError();
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (cause) {
      throw unreachable(cause);
    }
    if (!schemaReady) {
      try {
        await createSchema(client, schema!);
        schemaReady = true;
      } catch (error) {
        client.release(brokenConnection(error));
        throw error;
      }
    }
    return client;
  }

  async function withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await connect();
    let broken: Error | undefined;
    try {
      return await work(client);
    } catch (error) {
      broken = brokenConnection(error);
      throw error;
    } finally {
      client.release(broken ?? staleConnection(client));
    }
  }

  function executor(client: pg.PoolClient, isOpen: () => boolean): SqlExecutor {
    function checked(): pg.PoolClient {
      if (isOpen()) return client;
      throw new StoreError({
        message: 'This transaction has ended; run statements inside its work function.',
      });
    }
    return {
      async query<Row>(sql: string, params?: readonly SqlValue[]) {
        return (await runUnnamed(checked(), sql, params)).rows as Row[];
      },
      async execute(sql: string, params?: readonly SqlValue[]) {
        return (await runUnnamed(checked(), sql, params)).rowCount ?? 0;
      },
    };
  }

  return {
    dialect: 'postgres',
    ephemeral: false,
    async query<Row>(sql: string, params?: readonly SqlValue[]) {
      return withClient(async (client) => (await runStatement(client, sql, params)).rows as Row[]);
    },
    async execute(sql: string, params?: readonly SqlValue[]) {
      try {
        return await withClient(async (client) => (await runStatement(client, sql, params)).rowCount ?? 0);
      } catch (error) {
        if (!racedIfNotExists(sql, error)) throw error;
        // Another instance created the same object a moment ago; now IF NOT EXISTS sees it.
        return withClient(async (client) => (await runStatement(client, sql, params)).rowCount ?? 0);
      }
    },
    async transaction<T>(
      work: (transaction: SqlExecutor) => Promise<T>,
      transactionOptions?: { lockKey?: string },
    ) {
      const client = await connect();
      let open = true;
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        if (transactionOptions?.lockKey !== undefined) {
          await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
            transactionOptions.lockKey,
          ]);
        }
        const result = await work(executor(client, () => open));
        // After a failed statement (one the work caught), PostgreSQL answers COMMIT with ROLLBACK.
        const { command } = await client.query('COMMIT');
        if (command !== 'COMMIT') {
          throw new StoreError({
            message:
              'The transaction was rolled back: a statement in it failed and the work went on. Nothing of it was saved.',
          });
        }
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        broken ??= brokenConnection(error);
        throw error;
      } finally {
        open = false;
        client.release(broken ?? staleConnection(client));
      }
    },
    async withLock<T>(key: string, work: (lockExecutor: SqlExecutor) => Promise<T>): Promise<T> {
      // A session-level advisory lock; `work` runs its statements on the same connection, so callers
      // waiting for the lock (each holding a connection) can never starve the holder.
      const client = await connect();
      let open = true;
      let broken: Error | undefined;
      try {
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
        try {
          return await work(executor(client, () => open));
        } finally {
          open = false;
          await client
            .query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key])
            .catch((error: Error) => {
              broken = error;
            });
        }
      } catch (error) {
        broken ??= brokenConnection(error);
        throw error;
      } finally {
        client.release(broken ?? staleConnection(client));
      }
    },
    async publish(channel: string, payload: string) {
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        throw new StoreError({
          message: `An event on '${channel}' is ${Buffer.byteLength(payload)} bytes; PostgreSQL NOTIFY carries at most ${MAX_PAYLOAD_BYTES}. Publish an id and read the rest from the database.`,
        });
      }
      await withClient((client) =>
        client.query('SELECT pg_notify($1, $2)', [channelName(channel, channelPrefix), payload]),
      );
    },
    async subscribe(
      channel: string,
      listener: (payload: string) => void,
      subscribeOptions?: SubscribeOptions,
    ) {
      if (closed) throw closedError();
      return notifications.subscribe(channelName(channel, channelPrefix), listener, subscribeOptions?.onGap);
    },
    async close() {
      if (closed) return;
      closed = true;
      await notifications.close();
      if (ownsPool) await pool.end();
    },
  };
}

const IF_NOT_EXISTS = /^\s*CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|SEQUENCE|SCHEMA)\s+IF\s+NOT\s+EXISTS\b/i;

/**
 * Whether a `CREATE ... IF NOT EXISTS` failed only because another connection created the same
 * object at the same moment: PostgreSQL checks existence before it inserts into its catalogs, so
 * two concurrent ones can both pass the check and the second hits a catalog unique index. SQLite's
 * IF NOT EXISTS never fails, and core's SQL relies on that.
 */
function racedIfNotExists(sql: string, error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return IF_NOT_EXISTS.test(sql) && (code === '23505' || code === '42P07' || code === '42710');
}

function closedError(): StoreError {
  return new StoreError({ message: 'The PostgreSQL store is closed.' });
}

/** A connection error (not an SQL error with a SQLSTATE) means the connection must not be reused. */
function brokenConnection(error: unknown): Error | undefined {
  if (error instanceof pg.DatabaseError || ToolRouterError.isInstance(error)) return undefined;
  return error instanceof Error ? error : new Error(String(error));
}

async function createSchema(client: pg.PoolClient, schema: string): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (rowCount) return;
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  } catch (error) {
    // Another instance created it at the same moment.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}

function connectionConfig(connectionString: string, options: PostgresStoreOptions): pg.PoolConfig {
  const statementTimeoutMs = options.statementTimeoutMs ?? 15_000;
  let url = connectionString;
  let startupOptions: string | undefined;
  if (options.schema) {
    // The connection string's own `options` would replace ours, so they move into ours.
    const parsed = URL.parse(connectionString);
    const own = parsed?.searchParams.get('options');
    if (parsed && own) {
      parsed.searchParams.delete('options');
      url = parsed.toString();
    }
    // The channel prefix is for core's triggers (migration 10), whose NOTIFY must name the channel
    // this store listens on.
    startupOptions = [
      own,
      `-c search_path=${options.schema}`,
      `-c toolrouter.channel_prefix=${options.schema}:`,
    ]
      .filter(Boolean)
      .join(' ');
  }
  return {
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
    idleTimeoutMillis: options.idleTimeoutMs ?? 30_000,
    application_name: options.applicationName ?? 'toolrouter',
    // Notice a silently dropped connection (the LISTEN one above all) within a minute or so.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    ...(startupOptions ? { options: startupOptions } : {}),
  };
}
