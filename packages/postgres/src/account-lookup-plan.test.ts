import { describeAccountLookupPlans } from '@toolrouter/core/test';
import { afterAll } from 'vitest';
import { cleanUpTestStores, postgresTestStore } from './test-support/test-stores.ts';

// Core's hot account queries, EXPLAINed on PostgreSQL over seeded accounts, before and after ANALYZE.
describeAccountLookupPlans(() => postgresTestStore());
afterAll(cleanUpTestStores);
