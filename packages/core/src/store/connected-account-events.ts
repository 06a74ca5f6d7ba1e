import type { Store } from './store.ts';

/**
 * The store channel that carries a connected account's id whenever its status changes, so
 * `waitForConnection` wakes up at once, in this process and (on PostgreSQL) on other instances.
 */
export const CONNECTED_ACCOUNT_CHANNEL = 'toolrouter_connected_account';

/** Tells every waiter that these accounts changed. A failed publish only delays waiters (they re-check). */
export async function publishAccountChanges(
  runtime: { store: Pick<Store, 'publish'> },
  accountIds: Iterable<string>,
): Promise<void> {
  for (const id of new Set(accountIds)) {
    await runtime.store.publish(CONNECTED_ACCOUNT_CHANNEL, id).catch(() => {});
  }
}
