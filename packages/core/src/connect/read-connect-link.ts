import type { AuthScheme, ToolkitDefinition } from '@toolrouter/toolkits';
import type { AuthConfig } from '../auth-config/auth-config.ts';
import { toAuthConfig } from '../auth-config/auth-config-row.ts';
import type { ConnectedAccountRow } from '../connected-account/connected-account-row.ts';
import { ConnectLinkExpiredError } from '../errors/connect-link-expired-error.ts';
import { ConnectLinkNotFoundError } from '../errors/connect-link-not-found-error.ts';
import { ConnectLinkUsedError } from '../errors/connect-link-used-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { findAuthConfig } from '../store/auth-configs/read-auth-configs.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';
import { findConnectedAccount } from '../store/connected-accounts/read-connected-accounts.ts';
import type { SqlExecutor } from '../store/store.ts';
import type { ConnectLinkRow } from './connect-link-row.ts';
import { retireConnectLink } from './create-connect-link.ts';

/** A link with everything its flow needs. */
export interface LoadedConnectLink {
  link: ConnectLinkRow;
  account: ConnectedAccountRow;
  authConfig: AuthConfig;
  toolkit: ToolkitDefinition;
  scheme: Exclude<AuthScheme, { mode: 'none' }>;
}

/**
 * Loads a link by id (or by a column such as `state_hash`) with its account, auth config and
 * toolkit scheme.
 *
 * @throws ConnectLinkNotFoundError when the link, its account or its auth config is gone.
 */
export async function loadConnectLink(
  runtime: RouterRuntime,
  by: { id: string } | { stateHash: string },
): Promise<LoadedConnectLink | undefined> {
  const [link] =
    'id' in by
      ? await runtime.store.query<ConnectLinkRow>('SELECT * FROM connect_links WHERE id = ?', [by.id])
      : await runtime.store.query<ConnectLinkRow>('SELECT * FROM connect_links WHERE state_hash = ?', [
          by.stateHash,
        ]);
  if (!link) return undefined;
  const account = await findConnectedAccount(runtime.store, link.connected_account_id);
  const authRow = await findAuthConfig(runtime.store, link.auth_config_id);
  const toolkit = runtime.catalog.findToolkit(link.toolkit);
  const scheme = authRow ? toolkit?.auth.find((candidate) => candidate.mode === authRow.mode) : undefined;
  if (!account || !authRow || !toolkit || !scheme || scheme.mode === 'none') {
    throw new ConnectLinkNotFoundError({
      linkId: link.id,
      message: `Connect link '${link.id}' no longer leads anywhere: its account, auth config or toolkit was removed. Start a new connection.`,
    });
  }
  return { link, account, authConfig: toAuthConfig(authRow), toolkit, scheme };
}

/** Whether a link can still be used, was used, or ran out of time. */
export function connectLinkStatus(link: ConnectLinkRow, now: Date): 'pending' | 'expired' | 'used' {
  if (link.used_at !== null) return 'used';
  return link.expires_at <= now.toISOString() ? 'expired' : 'pending';
}

/**
 * Throws unless the link is pending. An expired link is retired on the way: it stops being the
 * pending link and its waiting account becomes EXPIRED (waiters are told).
 *
 * @throws ConnectLinkUsedError, ConnectLinkExpiredError
 */
export async function assertPendingLink(runtime: RouterRuntime, link: ConnectLinkRow): Promise<void> {
  const now = runtime.now();
  const status = connectLinkStatus(link, now);
  if (status === 'used')
    throw new ConnectLinkUsedError({ linkId: link.id, connectedAccountId: link.connected_account_id });
  if (status === 'expired') {
    const changed = await runtime.store.transaction((transaction) =>
      retireConnectLink(transaction, link, now.toISOString()),
    );
    if (changed) await publishAccountChanges(runtime, [link.connected_account_id]);
    throw new ConnectLinkExpiredError({ linkId: link.id, connectedAccountId: link.connected_account_id });
  }
}

/**
 * Marks the link used, once: of two concurrent callers exactly one succeeds, the other gets
 * ConnectLinkUsedError (or ConnectLinkExpiredError when time ran out in between).
 */
export async function claimConnectLink(runtime: RouterRuntime, link: ConnectLinkRow): Promise<void> {
  if (await markConnectLinkUsed(runtime.store, link.id, runtime.now().toISOString())) return;
  await refuseUnclaimedLink(runtime, link);
}

/**
 * The claim itself, on any executor (a transaction too): one conditional UPDATE. Resolves to
 * whether this caller used the link up; false when it was used or expired already.
 */
export async function markConnectLinkUsed(
  executor: SqlExecutor,
  linkId: string,
  nowText: string,
): Promise<boolean> {
  const claimed = await executor.execute(
    'UPDATE connect_links SET used_at = ?, pending_key = NULL WHERE id = ? AND used_at IS NULL AND expires_at > ?',
    [nowText, linkId, nowText],
  );
  return claimed === 1;
}

/**
 * Says why a claim failed, from the link as it is now.
 *
 * @throws ConnectLinkUsedError, ConnectLinkExpiredError or ConnectLinkNotFoundError, always.
 */
export async function refuseUnclaimedLink(runtime: RouterRuntime, link: ConnectLinkRow): Promise<never> {
  const [current] = await runtime.store.query<ConnectLinkRow>('SELECT * FROM connect_links WHERE id = ?', [
    link.id,
  ]);
  if (!current) throw new ConnectLinkNotFoundError({ linkId: link.id });
  await assertPendingLink(runtime, current);
  throw new ConnectLinkUsedError({ linkId: link.id, connectedAccountId: link.connected_account_id });
}
