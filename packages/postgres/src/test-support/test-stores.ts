import type { Store } from '@toolrouter/core';
import { postgresStore } from '../postgres-store.ts';
import type { PostgresStoreOptions } from '../postgres-store-options.ts';
import { dropSchemas, newSchemaName, TEST_DATABASE_URL, withAdminClient } from './test-database.ts';

const schemas = new Set<string>();
const stores = new Set<Store>();

/** A schema for this test file, dropped when the file ends. */
export function createTestSchema(): string {
  const schema = newSchemaName();
  schemas.add(schema);
  return schema;
}

/**
 * A store on the test database, on `schema` (a fresh one by default), closed when the test file
 * ends. Small pools that let idle connections go quickly: a file makes dozens of routers that are
 * never closed by their tests.
 */
export function postgresTestStore(schema = createTestSchema(), options: PostgresStoreOptions = {}): Store {
  const store = postgresStore(
    { connectionString: TEST_DATABASE_URL },
    { schema, max: 4, idleTimeoutMs: 500, ...options },
  );
  stores.add(store);
  return store;
}

/** Closes every test store of this file and drops its schemas. */
export async function cleanUpTestStores(): Promise<void> {
  // Core's tests never close their routers, whose execution-log writer starts its batch on the
  // next turn of the event loop; let it reach the database before the stores close.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all([...stores].map((store) => store.close()));
  stores.clear();
  await withAdminClient((client) => dropSchemas(client, schemas));
  schemas.clear();
}
