import type { SqlExecutor } from '../store.ts';
import { type AccountOwnerFilter, accountFilterConditions } from './account-filter-conditions.ts';
import type { ConnectedAccountRow } from './connected-account-row.ts';

// The two statements that settle INITIATED accounts no connect link can finish any more (see
// `connected-account/settle-stale-connections.ts`, which decides when and to what). A link can still
// finish its account while `COALESCE(used_at, expires_at)` is after `linksUsableAfter`.

type StaleAccount = Pick<ConnectedAccountRow, 'id' | 'updated_at'>;

/**
 * Ends an INITIATED account as `status`, only if it is unchanged since read (`updated_at`) and no
 * link can finish it: it never overrides a connection that finished or restarted meanwhile.
 * Resolves to whether it did.
 */
export async function settleInitiatedAccount(
  executor: SqlExecutor,
  account: StaleAccount,
  change: { status: 'FAILED' | 'EXPIRED'; reason: string; now: string; linksUsableAfter: string },
): Promise<boolean> {
  const changed = await executor.execute(
    `UPDATE connected_accounts SET status = ?, status_reason = ?, updated_at = ?
     WHERE id = ? AND status = 'INITIATED' AND updated_at = ?
       AND NOT EXISTS (SELECT 1 FROM connect_links WHERE connected_account_id = ? AND COALESCE(used_at, expires_at) > ?)`,
    [
      change.status,
      change.reason,
      change.now,
      account.id,
      account.updated_at,
      account.id,
      change.linksUsableAfter,
    ],
  );
  return changed > 0;
}

/**
 * INITIATED accounts (of one user, toolkit and auth config, or all) that have links but none that
 * can finish them, oldest first.
 */
export function listUnfinishableAccounts(
  executor: SqlExecutor,
  filter: AccountOwnerFilter & { linksUsableAfter: string; limit: number },
): Promise<StaleAccount[]> {
  const { conditions, params } = accountFilterConditions(filter);
  // `status = 'INITIATED'` is written out so the partial index of migration 3 serves it.
  return executor.query<StaleAccount>(
    `SELECT id, updated_at FROM connected_accounts
     WHERE status = 'INITIATED'${conditions.map((condition) => ` AND ${condition}`).join('')}
       AND EXISTS (SELECT 1 FROM connect_links WHERE connected_account_id = connected_accounts.id)
       AND NOT EXISTS (SELECT 1 FROM connect_links WHERE connected_account_id = connected_accounts.id AND COALESCE(used_at, expires_at) > ?)
     ORDER BY updated_at, id LIMIT ?`,
    [...params, filter.linksUsableAfter, filter.limit],
  );
}
