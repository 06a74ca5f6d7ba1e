import { StoreError } from '../errors/store-error.ts';
import { sqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

/**
 * The store a router uses: the one passed in, else `TOOLROUTER_DATABASE_URL` (`sqlite:./file.db`,
 * `postgres://...` through the optional `@toolrouter/postgres` package), else the SQLite file
 * `./.toolrouter/toolrouter.db`.
 */
export async function resolveStore(store: Store | undefined, env: Record<string, string | undefined>): Promise<Store> {
  if (store) return store;
  const url = env.TOOLROUTER_DATABASE_URL?.trim();
  if (!url) return sqliteStore();
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const moduleName = '@toolrouter/postgres';
    let postgres: { postgresStore(options: { connectionString: string }): Store };
    try {
      postgres = await import(moduleName);
    } catch (cause) {
      throw new StoreError({
        message: 'TOOLROUTER_DATABASE_URL points to PostgreSQL, but @toolrouter/postgres is not installed. Run: pnpm add @toolrouter/postgres',
        cause,
      });
    }
    return postgres.postgresStore({ connectionString: url });
  }
  const match = /^sqlite:(?:\/\/)?(.+)$/.exec(url) ?? /^file:(?:\/\/)?(.+)$/.exec(url);
  if (match) return sqliteStore(match[1]);
  throw new StoreError({
    message: `TOOLROUTER_DATABASE_URL '${url.split('@').at(-1)}' is not understood. Use sqlite:./path/to/file.db or postgres://user@host/database.`,
  });
}
