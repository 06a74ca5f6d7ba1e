import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { pinnedAccountIds } from '../session-config/session-config.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import type { SqlValue } from '../store/store.ts';
import type { ConnectLinkRow } from './connect-link-row.ts';

/**
 * The newest connect link the session's user got for a toolkit, on the accounts or auth config the
 * session pins (a pinned account wins over a pinned auth config), or undefined.
 */
export async function findLatestConnectLink(
  runtime: RouterRuntime,
  session: Pick<SessionIdentity, 'userId' | 'config'>,
  toolkit: string,
): Promise<ConnectLinkRow | undefined> {
  const { config, userId } = session;
  const conditions = ['user_id = ?', 'toolkit = ?'];
  const params: SqlValue[] = [userId, toolkit];
  const pinnedAccounts = pinnedAccountIds(config, toolkit);
  const pinnedAuthConfig = config.authConfigs?.[toolkit];
  if (pinnedAccounts.length > 0) {
    conditions.push(`connected_account_id IN (${pinnedAccounts.map(() => '?').join(', ')})`);
    params.push(...pinnedAccounts);
  } else if (pinnedAuthConfig !== undefined) {
    conditions.push('auth_config_id = ?');
    params.push(pinnedAuthConfig);
  }
  const [link] = await runtime.store.query<ConnectLinkRow>(
    `SELECT * FROM connect_links WHERE ${conditions.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT 1`,
    params,
  );
  return link;
}
