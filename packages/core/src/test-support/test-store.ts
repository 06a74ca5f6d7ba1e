import { memoryStore } from '../store/memory-store.ts';
import type { Store } from '../store/store.ts';

/** Makes the store of each test router; another package's test setup installs one (PostgreSQL). */
export type TestStoreFactory = () => Store;

declare global {
  // Set by a vitest setup file to run core's store-backed suites on another store.
  var __toolrouterTestStore: TestStoreFactory | undefined;
}

/**
 * The store for a test router: a fresh in-memory SQLite store, unless a test setup installed a
 * factory on `globalThis.__toolrouterTestStore` (the PostgreSQL package runs these suites again,
 * each router on a schema of its own).
 */
export function testStore(): Store {
  return globalThis.__toolrouterTestStore?.() ?? memoryStore();
}
