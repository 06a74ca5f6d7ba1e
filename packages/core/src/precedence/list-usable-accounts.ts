import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionConfig } from '../session-config/session-config.ts';
import { pinnedAccountIds } from '../session-config/session-config.ts';

/** One account an agent may name in `account`: what search results and selection prompts list. */
export interface UsableAccount {
  id: string;
  alias: string | null;
  /** Who it is at the vendor (login, email, workspace), when known. */
  label: string | null;
}

/**
 * The user's ACTIVE accounts of a toolkit that a call of this session may name, newest first: the
 * pinned set when `connectedAccounts` pins some, else those on the pinned auth config, else all of
 * the user's ACTIVE accounts of the toolkit (what `account` accepts).
 */
export async function listUsableAccounts(
  runtime: RouterRuntime,
  input: { userId: string; toolkit: string; config: SessionConfig },
): Promise<UsableAccount[]> {
  const pinned = pinnedAccountIds(input.config, input.toolkit);
  const authConfigId = input.config.authConfigs?.[input.toolkit];
  let where = 'user_id = ? AND toolkit = ?';
  const params: string[] = [input.userId, input.toolkit];
  if (pinned.length > 0) {
    where += ` AND id IN (${pinned.map(() => '?').join(', ')})`;
    params.push(...pinned);
  } else if (authConfigId !== undefined) {
    where += ' AND auth_config_id = ?';
    params.push(authConfigId);
  }
  const rows = await runtime.store.query<UsableAccount>(
    `SELECT id, alias, label FROM connected_accounts WHERE ${where} AND status = 'ACTIVE'
     ORDER BY connected_at DESC, created_at DESC, id DESC`,
    params,
  );
  return rows.map((row) => ({ id: row.id, alias: row.alias ?? null, label: row.label ?? null }));
}

/** `ca_1 (alias work, octo@example.com)`: how an account reads in an agent-facing message. */
export function describeUsableAccount(account: UsableAccount): string {
  const details = [account.alias ? `alias ${account.alias}` : '', account.label ?? ''].filter(Boolean);
  return details.length ? `${account.id} (${details.join(', ')})` : account.id;
}
