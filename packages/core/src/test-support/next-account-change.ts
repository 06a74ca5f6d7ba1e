import { ACCOUNT_REVISION_CHANNEL } from '../store/account-revision.ts';
import type { Store } from '../store/store.ts';

/**
 * For a test that changes accounts or auth configs with SQL of its own, past the router: resolves
 * once the router on `store` has heard of the next change. On PostgreSQL a router learns of writes
 * made outside it from migration 10's NOTIFY, a moment after they commit (its listener runs before
 * this one: both share the store's LISTEN connection); on SQLite every lookup reads the revision, so
 * there is nothing to wait for. Call it before the write, await what it returns after.
 *
 * @example
 * const seen = await nextAccountChange(store);
 * await store.execute('UPDATE connected_accounts SET credentials = ? WHERE id = ?', [value, id]);
 * await seen();
 */
export async function nextAccountChange(store: Store): Promise<() => Promise<void>> {
  if (store.dialect !== 'postgres') return async () => {};
  let heard!: () => void;
  const change = new Promise<void>((resolve) => {
    heard = resolve;
  });
  const unsubscribe = await store.subscribe(ACCOUNT_REVISION_CHANNEL, () => heard());
  return async () => {
    await change;
    unsubscribe();
  };
}
