import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { ConnectLinkRow } from '../store/connect-links/connect-link-row.ts';
import {
  listUnfinishableAccounts,
  settleInitiatedAccount,
} from '../store/connected-accounts/settle-initiated-accounts.ts';
import type { SqlExecutor } from '../store/store.ts';

/**
 * How long an account may stay INITIATED after its last link stopped being usable (used up, or
 * expired) before it is settled. The OAuth callback uses the link up, exchanges the code (at most
 * `CODE_EXCHANGE_TIMEOUT_MS`, 30 s) and only then makes the account ACTIVE; past this grace, the
 * instance that held the callback died midway. Four times the exchange's limit, so a slow provider
 * or some clock skew between instances (each judges expiry and use by its own clock) never settles a
 * connection that is still finishing.
 */
export const CONNECTION_FINISH_GRACE_MS = 2 * 60 * 1000;

/** The `statusReason` of an account whose connection stopped between its link and its activation. */
export const UNFINISHED_CONNECTION_REASON =
  'The connection did not finish (the server handling it stopped midway); start a new one.';

/** The `statusReason` of an account whose link expired unused. */
export const EXPIRED_LINK_REASON = 'The connect link expired before the user finished connecting.';

/** An INITIATED account: its links can still finish it until `recheckAt`, or none ever will. */
export type ConnectionProgress =
  | { settled: false; recheckAt?: number }
  | { settled: true; status: 'FAILED' | 'EXPIRED' };

type LinkTimes = Pick<ConnectLinkRow, 'id' | 'used_at' | 'expires_at' | 'created_at'>;

/**
 * An INITIATED account that none of its links can finish any more is settled here: FAILED with
 * `UNFINISHED_CONNECTION_REASON` when its newest link was used up but the account never became
 * ACTIVE (the callback died before activating it), EXPIRED when that link expired unused. A link
 * counts as able to finish its account until `CONNECTION_FINISH_GRACE_MS` after it was used or
 * expired; while one can, `recheckAt` (epoch ms) says when that may change. The UPDATE is
 * conditional (still INITIATED, unchanged since read, no link able to finish it), so it never
 * overrides a connection that finished or restarted meanwhile, on this instance or another. The
 * caller publishes the account event.
 */
export async function settleStaleConnection(
  runtime: RouterRuntime,
  executor: SqlExecutor,
  account: { id: string; updated_at: string },
): Promise<ConnectionProgress> {
  const links = await executor.query<LinkTimes>(
    'SELECT id, used_at, expires_at, created_at FROM connect_links WHERE connected_account_id = ?',
    [account.id],
  );
  const now = runtime.now().getTime();
  let recheckAt: number | undefined;
  for (const link of links) {
    const until = Date.parse(link.used_at ?? link.expires_at) + CONNECTION_FINISH_GRACE_MS;
    if (until > now) recheckAt = Math.min(recheckAt ?? until, until);
  }
  if (recheckAt !== undefined) return { settled: false, recheckAt };
  let newest: LinkTimes | undefined;
  for (const link of links) {
    if (
      !newest ||
      link.created_at > newest.created_at ||
      (link.created_at === newest.created_at && link.id > newest.id)
    )
      newest = link;
  }
  // No link at all: nothing says how this account began, so nothing here decides how it ends.
  if (!newest) return { settled: false };
  const status = newest.used_at === null ? 'EXPIRED' : 'FAILED';
  const nowText = new Date(now).toISOString();
  const changed = await settleInitiatedAccount(executor, account, {
    status,
    reason: status === 'FAILED' ? UNFINISHED_CONNECTION_REASON : EXPIRED_LINK_REASON,
    now: nowText,
    linksUsableAfter: new Date(now - CONNECTION_FINISH_GRACE_MS).toISOString(),
  });
  if (!changed) return { settled: false };
  if (status === 'EXPIRED') {
    // As `retireConnectLink` does; on its own, since an expired link is never used whatever it holds.
    await executor.execute(
      'UPDATE connect_links SET pending_key = NULL WHERE connected_account_id = ? AND used_at IS NULL',
      [account.id],
    );
  }
  return { settled: true, status };
}

/**
 * The INITIATED accounts (of one user, toolkit and auth config, or all) that no link can finish
 * any more, oldest first: what `settleStaleConnection` would settle.
 */
export async function findStaleConnections(
  runtime: RouterRuntime,
  executor: SqlExecutor,
  options: { limit: number; userId?: string; toolkit?: string; authConfigId?: string },
): Promise<Array<{ id: string; updated_at: string }>> {
  const now = runtime.now();
  const { limit, ...filter } = options;
  return listUnfinishableAccounts(executor, {
    ...filter,
    linksUsableAfter: new Date(now.getTime() - CONNECTION_FINISH_GRACE_MS).toISOString(),
    limit,
  });
}
