import { sqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

/**
 * A store that lives in memory and dies with the process: SQLite's `:memory:` database, so it
 * behaves exactly like the file store. For tests and throwaway scripts.
 *
 * @example
 * const router = new ToolRouter({ store: memoryStore() });
 */
export function memoryStore(): Store {
  return sqliteStore(':memory:');
}
