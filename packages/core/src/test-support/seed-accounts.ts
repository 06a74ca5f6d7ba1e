import type { SqlExecutor } from '../store/store.ts';

export interface SeedAccountsInput {
  authConfigId: string;
  toolkit: string;
  count: number;
  /** Prefix of the seeded ids and user ids, so several seeds never collide. Default `seed`. */
  prefix?: string;
}

/**
 * Inserts `count` ACTIVE accounts without credentials on one auth config, one per user
 * (`<prefix>-user-<n>`), in a single statement that SQLite and PostgreSQL both run: 100,000 rows
 * take well under a second, for plan tests and `pnpm bench`.
 */
export async function seedAccounts(
  store: SqlExecutor,
  { authConfigId, toolkit, count, prefix = 'seed' }: SeedAccountsInput,
): Promise<void> {
  const stamp = '2026-01-01T00:00:00.000Z';
  await store.execute(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < CAST(? AS INTEGER))
     INSERT INTO connected_accounts
       (id, user_id, toolkit, auth_config_id, status, connected_at, created_at, updated_at)
     SELECT CAST(? AS TEXT) || '-ca-' || i, CAST(? AS TEXT) || '-user-' || i, ?, ?, 'ACTIVE', ?, ?, ? FROM n`,
    [count, prefix, prefix, toolkit, authConfigId, stamp, stamp, stamp],
  );
}
