import type { Store } from '@toolrouter/core';
import { resolveStore } from '@toolrouter/core/internal';

/**
 * The store `TOOLROUTER_DATABASE_URL` names, else `./.toolrouter/toolrouter.db`: the same one a
 * router started with that environment uses (core's `resolveStore`).
 *
 * @example
 * const store = await openStore({ TOOLROUTER_DATABASE_URL: 'sqlite:./data/toolrouter.db' });
 */
export function openStore(
  env: Record<string, string | undefined>,
  options: {
    /** A SQLite file is taken for this process only (a server): a second server on it is refused. */
    exclusive?: boolean;
  } = {},
): Promise<Store> {
  // The server ships with @toolrouter/postgres, so `toolrouter serve` needs nothing more installed.
  return resolveStore(undefined, env, {
    loadPostgres: () => import('@toolrouter/postgres'),
    exclusiveSqlite: options.exclusive === true,
  });
}

/** The database a store was opened from, without credentials, for messages. */
export function describeDatabase(env: Record<string, string | undefined>): string {
  const url = env.TOOLROUTER_DATABASE_URL?.trim();
  if (!url) return 'sqlite:./.toolrouter/toolrouter.db';
  return url.replace(/\/\/[^@/]*@/, '//');
}
