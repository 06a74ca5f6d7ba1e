import { sqliteStore } from '../store/sqlite-store.ts';
import { describeAccountLookupPlans } from '../test-support/describe-account-lookup-plans.ts';

// The same assertions run on PostgreSQL in @toolrouter/postgres (account-lookup-plan.test.ts).
describeAccountLookupPlans(
  () => sqliteStore(':memory:'),
  (store) => store.close(),
);
