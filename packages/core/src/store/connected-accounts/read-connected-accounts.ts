import type { SqlExecutor } from '../store.ts';
import { type AccountOwnerFilter, accountFilterConditions } from './account-filter-conditions.ts';
import type { ConnectedAccountRow } from './connected-account-row.ts';

// The queries that read `connected_accounts` (precedence's own live in `precedence/`, stale
// connections in `connected-account/settle-stale-connections.ts`). Each takes the executor to run
// on: the store, or a transaction.

/** The account with this id, or undefined. */
export async function findConnectedAccount(
  executor: SqlExecutor,
  id: string,
): Promise<ConnectedAccountRow | undefined> {
  const [row] = await executor.query<ConnectedAccountRow>('SELECT * FROM connected_accounts WHERE id = ?', [
    id,
  ]);
  return row;
}

/** What `listConnectedAccounts` filters on; every given field must match. */
export interface ConnectedAccountsFilter extends AccountOwnerFilter {
  statuses?: readonly string[];
}

/** Accounts, newest first. */
export function listConnectedAccounts(
  executor: SqlExecutor,
  filter: ConnectedAccountsFilter = {},
): Promise<ConnectedAccountRow[]> {
  const { conditions, params } = accountFilterConditions(filter);
  if (filter.statuses !== undefined) {
    conditions.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  return executor.query<ConnectedAccountRow>(
    `SELECT * FROM connected_accounts${where} ORDER BY created_at DESC, id DESC`,
    params,
  );
}

/** The user's accounts of a toolkit that count against a cap (ACTIVE and disabled), oldest first. */
export function listHeldAccounts(
  executor: SqlExecutor,
  userId: string,
  toolkit: string,
): Promise<Pick<ConnectedAccountRow, 'id' | 'alias'>[]> {
  return executor.query(
    `SELECT id, alias FROM connected_accounts WHERE user_id = ? AND toolkit = ? AND status IN ('ACTIVE', 'INACTIVE')
     ORDER BY created_at, id`,
    [userId, toolkit],
  );
}

/** The user's account of a toolkit with this alias, or undefined. */
export async function findAccountByAlias(
  executor: SqlExecutor,
  key: { userId: string; toolkit: string; alias: string },
): Promise<Pick<ConnectedAccountRow, 'id' | 'status' | 'auth_config_id'> | undefined> {
  const [row] = await executor.query<Pick<ConnectedAccountRow, 'id' | 'status' | 'auth_config_id'>>(
    'SELECT id, status, auth_config_id FROM connected_accounts WHERE user_id = ? AND toolkit = ? AND alias = ?',
    [key.userId, key.toolkit, key.alias],
  );
  return row;
}

/** The ids of the accounts on an auth config. */
export async function listAccountIdsOfAuthConfig(
  executor: SqlExecutor,
  authConfigId: string,
): Promise<string[]> {
  const rows = await executor.query<{ id: string }>(
    'SELECT id FROM connected_accounts WHERE auth_config_id = ?',
    [authConfigId],
  );
  return rows.map((row) => row.id);
}

/** The user an account belongs to, or undefined when it does not exist. */
export async function findAccountOwner(executor: SqlExecutor, id: string): Promise<string | undefined> {
  const [row] = await executor.query<Pick<ConnectedAccountRow, 'user_id'>>(
    'SELECT user_id FROM connected_accounts WHERE id = ?',
    [id],
  );
  return row?.user_id;
}
