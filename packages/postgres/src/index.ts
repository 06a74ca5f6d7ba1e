// Every export here is public API; named exports only.
export { postgresStore } from './postgres-store.ts';
export type { PostgresConnection, PostgresStoreOptions } from './postgres-store-options.ts';
