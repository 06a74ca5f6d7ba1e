// `@toolrouter/postgres/test`: PostgreSQL test helpers for the tests of other workspace packages.
// Not published (test-support is left out of the build) and not covered by semver.

export { closedPort } from './closed-port.ts';
export {
  dropSchemas,
  newSchemaName,
  staleSchemas,
  TEST_DATABASE_URL,
  withAdminClient,
} from './test-database.ts';
export { cleanUpTestStores, createTestSchema, postgresTestStore } from './test-stores.ts';
