// Brings in the declaration of globalThis.__toolrouterTestStore.
import type {} from '@toolrouter/core/test';
import { afterAll } from 'vitest';
import { cleanUpTestStores, postgresTestStore } from './test-stores.ts';

// vitest setup file: core's store-backed suites make their routers through `testStore()`, which
// now hands each router a PostgreSQL store on a schema of its own.
globalThis.__toolrouterTestStore = () => postgresTestStore();

afterAll(cleanUpTestStores);
