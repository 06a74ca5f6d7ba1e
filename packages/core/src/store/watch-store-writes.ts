import type { SqlExecutor, SqlValue, Store } from './store.ts';

/** A statement that changes rows of one of these tables. */
function writesTo(tables: readonly string[]): (sql: string) => boolean {
  const pattern = new RegExp(
    `^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(?:${tables.join('|')})\\b`,
    'i',
  );
  return (sql) => pattern.test(sql);
}

/**
 * The store with `onWrite` called after each statement that changes `tables` (INSERT, UPDATE,
 * DELETE; also when it fails, which may have changed nothing) and again when the transaction or
 * lock that ran it ends, so whatever this router keeps about those rows is dropped at once, before
 * the caller hears back. Everything else passes straight through, except `executeInBackground`,
 * which it leaves out: its callers then write through the watched `execute` (the execution-log
 * writer uses the store itself).
 *
 * @example
 * const watched = watchStoreWrites(store, ['connected_accounts'], () => cache.invalidate());
 */
export function watchStoreWrites(store: Store, tables: readonly string[], onWrite: () => void): Store {
  const writes = writesTo(tables);
  const watchedExecutor = (executor: SqlExecutor, wrote: { any: boolean }): SqlExecutor => ({
    query: (sql, params) => executor.query(sql, params),
    async execute(sql: string, params?: readonly SqlValue[]) {
      if (!writes(sql)) return executor.execute(sql, params);
      wrote.any = true;
      try {
        return await executor.execute(sql, params);
      } finally {
        onWrite();
      }
    },
  });
  const watchedStore: Store = {
    dialect: store.dialect,
    ephemeral: store.ephemeral,
    query: (sql, params) => store.query(sql, params),
    async execute(sql, params) {
      return watchedExecutor(store, { any: false }).execute(sql, params);
    },
    async transaction(work, options) {
      const wrote = { any: false };
      try {
        return await store.transaction((transaction) => work(watchedExecutor(transaction, wrote)), options);
      } finally {
        // A reader that raced the open transaction saw the old rows: drop them again at commit.
        if (wrote.any) onWrite();
      }
    },
    async withLock(key, work) {
      const wrote = { any: false };
      try {
        return await store.withLock(key, (executor) => work(watchedExecutor(executor, wrote)));
      } finally {
        if (wrote.any) onWrite();
      }
    },
    publish: (channel, payload) => store.publish(channel, payload),
    subscribe: (channel, listener, options) => store.subscribe(channel, listener, options),
    close: () => store.close(),
  };
  return watchedStore;
}
