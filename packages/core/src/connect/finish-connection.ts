import type { Credentials } from '@toolrouter/toolkits';
import { connectedAccountAssociatedData } from '../connected-account/connected-account-row.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';
import { activateAccount, failAccount } from '../store/connected-accounts/write-connected-accounts.ts';
import type { SqlExecutor } from '../store/store.ts';
import type { ConnectLinkRow } from './connect-link-row.ts';

/** Stores the credentials (encrypted, bound to the account and its user) and makes the account ACTIVE. */
export async function activateConnection(
  runtime: RouterRuntime,
  link: ConnectLinkRow,
  credentials: Credentials,
  label?: string | null,
): Promise<void> {
  await storeActiveConnection(runtime, runtime.store, link, credentials, label);
  await publishAccountChanges(runtime, [link.connected_account_id]);
}

/**
 * The statement of `activateConnection` on any executor (a transaction too), without the event:
 * the caller publishes it once the change is committed.
 */
export async function storeActiveConnection(
  runtime: RouterRuntime,
  executor: SqlExecutor,
  link: ConnectLinkRow,
  credentials: Credentials,
  label?: string | null,
): Promise<void> {
  const now = runtime.now().toISOString();
  const expiresAt = 'expiresAt' in credentials && credentials.expiresAt ? credentials.expiresAt : null;
  // A label from a credential check replaces the old one; without one, the old one stays.
  await activateAccount(executor, link.connected_account_id, {
    sealedCredentials: runtime.cipher.encryptJson(
      credentials,
      connectedAccountAssociatedData(link.connected_account_id, link.user_id),
    ),
    expiresAt,
    ...(label ? { label } : {}),
    now,
  });
}

/**
 * Marks the link's account FAILED with a reason the user and the agent can read. A reconnection of
 * an account that still works (ACTIVE) keeps it working.
 */
export async function failConnection(
  runtime: RouterRuntime,
  link: ConnectLinkRow,
  reason: string,
): Promise<void> {
  await failAccount(runtime.store, link.connected_account_id, reason, runtime.now().toISOString());
  await publishAccountChanges(runtime, [link.connected_account_id]);
}
