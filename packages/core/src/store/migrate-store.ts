import { StoreError } from '../errors/store-error.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';
import type { Store } from './store.ts';

/**
 * Brings the store's schema up to date, one transaction per migration, and refuses a schema newer
 * than this code (an older toolrouter started against a database a newer one migrated).
 */
export async function migrateStore(
  store: Store,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  let applied = 0;
  for (const migration of migrations) {
    const ran = await store.transaction(
      async (transaction) => {
        // Inside the migration lock, so instances starting together never race on creating it.
        await transaction.execute(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
        );
        const [row] = await transaction.query<{ version: number }>(
          'SELECT MAX(version) AS version FROM schema_migrations',
        );
        const current = Number(row?.version ?? 0);
        if (current > latest) {
          throw new StoreError({
            message: `The database schema is at version ${current}, newer than this toolrouter (${latest}). Upgrade toolrouter, or point it at another database.`,
          });
        }
        if (current >= migration.version) return false;
        for (const statement of [...migration.statements, ...(migration[store.dialect] ?? [])]) {
          await transaction.execute(statement);
        }
        await transaction.execute(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
          [migration.version, migration.name, new Date().toISOString()],
        );
        return true;
      },
      { lockKey: 'toolrouter:migrate' },
    );
    if (ran) applied++;
  }
  return applied;
}
