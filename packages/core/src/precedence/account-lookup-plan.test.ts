import { expect, it } from 'vitest';
import { ACCOUNT_REVISION_QUERY } from '../store/account-revision.ts';
import { migrateStore } from '../store/migrate-store.ts';
import { sqliteStore } from '../store/sqlite-store.ts';
import { describeAccountLookupPlans } from '../test-support/describe-account-lookup-plans.ts';
import { explainQuery } from '../test-support/explain-query.ts';

// The same assertions run on PostgreSQL in @toolrouter/postgres (account-lookup-plan.test.ts).
describeAccountLookupPlans(
  () => sqliteStore(':memory:'),
  (store) => store.close(),
);

it('the account revision that every cached lookup reads on SQLite is one primary-key probe', async () => {
  const store = sqliteStore(':memory:');
  await migrateStore(store);
  const plan = await explainQuery(store, ACCOUNT_REVISION_QUERY, []);
  expect(plan).toEqual([
    expect.objectContaining({ kind: 'index', index: 'sqlite_autoindex_store_revisions_1' }),
  ]);
  await store.close();
});
