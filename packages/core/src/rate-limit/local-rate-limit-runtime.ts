import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { migrateStore } from '../store/migrate-store.ts';
import { sqliteStore } from '../store/sqlite-store.ts';

let local: Promise<RouterRuntime> | undefined;

/**
 * The runtime a remote-mode router's rate limits count in: an in-memory SQLite store of this
 * process, migrated once. Only `store` and `now` are used.
 */
export function localRateLimitRuntime(): Promise<RouterRuntime> {
  local ??= (async () => {
    const store = sqliteStore(':memory:');
    await migrateStore(store);
    return { store, now: () => new Date() } as unknown as RouterRuntime;
  })();
  return local;
}
