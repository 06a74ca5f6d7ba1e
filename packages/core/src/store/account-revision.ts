import type { SqlExecutor } from './store.ts';

/** The tables whose every change reaches the account resolution cache (migration 10's triggers). */
export const ACCOUNT_TABLES = ['connected_accounts', 'auth_configs'] as const;

/**
 * The store channel that migration 10's PostgreSQL triggers notify, once per transaction that
 * changed a connected account or an auth config (the payload is empty).
 */
export const ACCOUNT_REVISION_CHANNEL = 'toolrouter_account_revision';

/** Read on every account lookup on SQLite (`account-lookup-plan.test.ts` checks its plan). */
export const ACCOUNT_REVISION_QUERY = `SELECT revision FROM store_revisions WHERE name = 'accounts'`;

/**
 * The SQLite revision of accounts and auth configs: grows with every change (migration 10's
 * triggers), in the writing transaction, whichever process wrote. One primary-key probe.
 */
export async function readAccountRevision(store: SqlExecutor): Promise<number> {
  const [row] = await store.query<{ revision: number }>(ACCOUNT_REVISION_QUERY);
  return Number(row?.revision ?? 0);
}
