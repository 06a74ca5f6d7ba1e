import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// vitest hands these conditions to Node as --conditions, and `import` there makes pg's own
// require('pg-pool') load pg-pool's ESM build; so only the source condition here (as in
// packages/postgres).
const conditions = ['@toolrouter/source', 'node', 'default'];

/**
 * Each test file starts its own cluster of `toolrouter serve` processes on PostgreSQL. Files run
 * one at a time: three servers per file already keep a 2-core machine busy.
 */
export default defineConfig({
  ...sharedConfig,
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    ...sharedConfig.test,
    fileParallelism: false,
    globalSetup: ['../../packages/postgres/src/test-support/check-database.ts'],
  },
});
