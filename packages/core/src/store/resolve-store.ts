import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StoreError } from '../errors/store-error.ts';
import { sqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

export interface PostgresModule {
  postgresStore(connection: { connectionString: string }, options?: { schema?: string }): Store;
}

const POSTGRES_PACKAGE = '@toolrouter/postgres';

/**
 * The store a router uses: the one passed in, else `TOOLROUTER_DATABASE_URL` (`sqlite:./file.db`,
 * `postgres://...` through the optional `@toolrouter/postgres` package, in the schema
 * `TOOLROUTER_DATABASE_SCHEMA` when set), else the SQLite file `./.toolrouter/toolrouter.db`.
 */
export async function resolveStore(
  store: Store | undefined,
  env: Record<string, string | undefined>,
  options: {
    /** How to load `@toolrouter/postgres` when the caller depends on it (the server does). */
    loadPostgres?: () => Promise<PostgresModule>;
    /** Open a SQLite file for this process only (`sqliteStore`'s `exclusive`): what a server does. */
    exclusiveSqlite?: boolean;
  } = {},
): Promise<Store> {
  if (store) return store;
  const url = env.TOOLROUTER_DATABASE_URL?.trim();
  const sqliteOptions = { exclusive: options.exclusiveSqlite === true };
  if (!url) return sqliteStore(undefined, sqliteOptions);
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const postgres = await (options.loadPostgres ?? importPostgresPackage)();
    const schema = env.TOOLROUTER_DATABASE_SCHEMA?.trim();
    return postgres.postgresStore({ connectionString: url }, schema ? { schema } : {});
  }
  const match = /^sqlite:(?:\/\/)?(.+)$/.exec(url) ?? /^file:(?:\/\/)?(.+)$/.exec(url);
  if (match) return sqliteStore(match[1], sqliteOptions);
  throw new StoreError({
    message: `TOOLROUTER_DATABASE_URL '${url.split('@').at(-1)}' is not understood. Use sqlite:./path/to/file.db or postgres://user@host/database.`,
  });
}

/**
 * `@toolrouter/postgres` as the application installed it. Core does not depend on it, so under
 * pnpm's strict layout core cannot see it: resolve it from the application (the working
 * directory's package.json) first, and only then from core's own location (flat node_modules,
 * bundlers).
 */
async function importPostgresPackage(): Promise<PostgresModule> {
  let fromApplication: string | undefined;
  try {
    fromApplication = createRequire(join(process.cwd(), 'package.json')).resolve(POSTGRES_PACKAGE);
  } catch {
    // Not installed in the application; try core's own resolution below.
  }
  try {
    return (await import(
      fromApplication ? pathToFileURL(fromApplication).href : POSTGRES_PACKAGE
    )) as PostgresModule;
  } catch (cause) {
    throw new StoreError({
      message: fromApplication
        ? `TOOLROUTER_DATABASE_URL points to PostgreSQL, and @toolrouter/postgres is installed at ${fromApplication} but could not be loaded: ${(cause as Error).message}`
        : `TOOLROUTER_DATABASE_URL points to PostgreSQL, but @toolrouter/postgres is not installed. Run: pnpm add @toolrouter/postgres`,
      cause,
    });
  }
}
