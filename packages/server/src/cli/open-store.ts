import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Store, sqliteStore } from '@toolrouter/core';

/**
 * The store `TOOLROUTER_DATABASE_URL` names (`sqlite:./file.db`, `postgres://...` through
 * `@toolrouter/postgres` as the application installed it), else `./.toolrouter/toolrouter.db`:
 * the same one a router started with that environment uses.
 *
 * @example
 * const store = await openStore({ TOOLROUTER_DATABASE_URL: 'sqlite:./data/toolrouter.db' });
 */
export async function openStore(env: Record<string, string | undefined>): Promise<Store> {
  const url = env.TOOLROUTER_DATABASE_URL?.trim();
  if (!url) return sqliteStore();
  if (/^postgres(ql)?:\/\//.test(url)) {
    let specifier = '@toolrouter/postgres';
    try {
      specifier = pathToFileURL(createRequire(join(process.cwd(), 'package.json')).resolve(specifier)).href;
    } catch {
      // Not installed next to the application: try this package's own resolution.
    }
    const postgres = (await import(specifier).catch(() => {
      throw new Error(
        'TOOLROUTER_DATABASE_URL points to PostgreSQL, but @toolrouter/postgres is not installed. Run: pnpm add @toolrouter/postgres',
      );
    })) as { postgresStore(options: { connectionString: string }): Store };
    return postgres.postgresStore({ connectionString: url });
  }
  const match = /^(?:sqlite|file):(?:\/\/)?(.+)$/.exec(url);
  if (match) return sqliteStore(match[1]);
  throw new Error(
    `TOOLROUTER_DATABASE_URL '${url.split('@').at(-1)}' is not understood. Use sqlite:./path/to/file.db or postgres://user@host/database.`,
  );
}

/** The database a store was opened from, without credentials, for messages. */
export function describeDatabase(env: Record<string, string | undefined>): string {
  const url = env.TOOLROUTER_DATABASE_URL?.trim();
  if (!url) return 'sqlite:./.toolrouter/toolrouter.db';
  return url.replace(/\/\/[^@/]*@/, '//');
}
