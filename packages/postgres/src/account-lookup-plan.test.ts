import { afterAll } from 'vitest';
import { describeAccountLookupPlans } from '../../core/src/test-support/describe-account-lookup-plans.ts';
import { cleanUpTestStores, postgresTestStore } from './test-support/test-stores.ts';

// Core's hot account queries, EXPLAINed on PostgreSQL over seeded accounts, before and after ANALYZE.
describeAccountLookupPlans(() => postgresTestStore());
afterAll(cleanUpTestStores);
