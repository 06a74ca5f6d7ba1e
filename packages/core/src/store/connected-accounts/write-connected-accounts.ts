import type { SqlExecutor } from '../store.ts';

// The statements that change `connected_accounts`. Credentials come sealed (encryption is the
// domain's), and none publishes the account event: the caller does once the change is committed.

/** What a new account is made of. */
export interface NewConnectedAccount {
  id: string;
  userId: string;
  toolkit: string;
  authConfigId: string;
  alias: string | null;
  now: string;
}

/** Stores an account whose credentials an operator imported: ACTIVE at once. */
export async function insertActiveAccount(
  executor: SqlExecutor,
  account: NewConnectedAccount & {
    label: string | null;
    sealedCredentials: string;
    expiresAt: string | null;
  },
): Promise<void> {
  await executor.execute(
    `INSERT INTO connected_accounts (id, user_id, toolkit, auth_config_id, status, status_reason, alias, label, credentials, expires_at, connected_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'ACTIVE', NULL, ?, ?, ?, ?, ?, ?, ?)`,
    [
      account.id,
      account.userId,
      account.toolkit,
      account.authConfigId,
      account.alias,
      account.label,
      account.sealedCredentials,
      account.expiresAt,
      account.now,
      account.now,
      account.now,
    ],
  );
}

/** Stores an account a connect link was made for: INITIATED until the user finishes the link. */
export async function insertInitiatedAccount(
  executor: SqlExecutor,
  account: NewConnectedAccount,
): Promise<void> {
  await executor.execute(
    `INSERT INTO connected_accounts (id, user_id, toolkit, auth_config_id, status, status_reason, alias, credentials, expires_at, connected_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'INITIATED', NULL, ?, NULL, NULL, NULL, ?, ?)`,
    [
      account.id,
      account.userId,
      account.toolkit,
      account.authConfigId,
      account.alias,
      account.now,
      account.now,
    ],
  );
}

/** An account being reconnected waits for the user again, unless it still works or is disabled. */
export async function reinitiateAccount(executor: SqlExecutor, id: string, now: string): Promise<void> {
  await executor.execute(
    `UPDATE connected_accounts SET status = 'INITIATED', status_reason = NULL, updated_at = ? WHERE id = ? AND status NOT IN ('ACTIVE', 'INACTIVE')`,
    [now, id],
  );
}

/** Sets an account's status; becoming ACTIVE stamps `connected_at` (precedence prefers the newest). */
export async function setConnectedAccountStatus(
  executor: SqlExecutor,
  id: string,
  change: { status: string; reason: string | null; now: string },
): Promise<void> {
  const { status, reason, now } = change;
  await executor.execute(
    `UPDATE connected_accounts SET status = ?, status_reason = ?, updated_at = ?${status === 'ACTIVE' ? ', connected_at = ?' : ''} WHERE id = ?`,
    status === 'ACTIVE' ? [status, reason, now, now, id] : [status, reason, now, id],
  );
}

/** A finished connection: ACTIVE with its credentials; a label given replaces the old one. */
export async function activateAccount(
  executor: SqlExecutor,
  id: string,
  change: { sealedCredentials: string; expiresAt: string | null; label?: string | null; now: string },
): Promise<void> {
  const { label, now } = change;
  await executor.execute(
    `UPDATE connected_accounts SET status = 'ACTIVE', status_reason = NULL, credentials = ?, expires_at = ?, connected_at = ?, updated_at = ?${label ? ', label = ?' : ''}
     WHERE id = ?`,
    [change.sealedCredentials, change.expiresAt, now, now, ...(label ? [label] : []), id],
  );
}

/** A connection that failed; an account that still works (ACTIVE) keeps working. */
export async function failAccount(
  executor: SqlExecutor,
  id: string,
  reason: string,
  now: string,
): Promise<void> {
  await executor.execute(
    `UPDATE connected_accounts SET status = 'FAILED', status_reason = ?, updated_at = ? WHERE id = ? AND status <> 'ACTIVE'`,
    [reason, now, id],
  );
}

/**
 * An account in status `from` becomes EXPIRED: one still waiting for its user (INITIATED) whose
 * link expired, or an ACTIVE one whose token cannot be refreshed. Resolves to whether it did.
 */
export async function expireAccount(
  executor: SqlExecutor,
  id: string,
  change: { from: 'INITIATED' | 'ACTIVE'; reason: string; now: string },
): Promise<boolean> {
  const changed = await executor.execute(
    `UPDATE connected_accounts SET status = 'EXPIRED', status_reason = ?, updated_at = ? WHERE id = ? AND status = ?`,
    [change.reason, change.now, id, change.from],
  );
  return changed > 0;
}

/** Notes why an account's last refresh failed, keeping its status. */
export async function setAccountStatusReason(
  executor: SqlExecutor,
  id: string,
  reason: string,
  now: string,
): Promise<void> {
  await executor.execute('UPDATE connected_accounts SET status_reason = ?, updated_at = ? WHERE id = ?', [
    reason,
    now,
    id,
  ]);
}

/**
 * Stores refreshed credentials over the ones they were refreshed from (`previous`, sealed): a newer
 * write (a reconnection) is never undone. Resolves to whether they were stored.
 */
export async function storeRefreshedCredentials(
  executor: SqlExecutor,
  id: string,
  change: { sealedCredentials: string; expiresAt: string | null; previous: string; now: string },
): Promise<boolean> {
  const changed = await executor.execute(
    'UPDATE connected_accounts SET credentials = ?, expires_at = ?, status_reason = NULL, updated_at = ? WHERE id = ? AND credentials = ?',
    [change.sealedCredentials, change.expiresAt, change.now, id, change.previous],
  );
  return changed > 0;
}

/** Deletes an account; resolves to whether it existed. */
export async function deleteConnectedAccount(executor: SqlExecutor, id: string): Promise<boolean> {
  return (await executor.execute('DELETE FROM connected_accounts WHERE id = ?', [id])) > 0;
}

/** Deletes every account on an auth config. */
export async function deleteAccountsOfAuthConfig(executor: SqlExecutor, authConfigId: string): Promise<void> {
  await executor.execute('DELETE FROM connected_accounts WHERE auth_config_id = ?', [authConfigId]);
}
