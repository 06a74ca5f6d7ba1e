import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

/**
 * Each test file starts its own cluster of `toolrouter serve` processes on PostgreSQL. Files run
 * one at a time: three servers per file already keep a 2-core machine busy.
 */
export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    fileParallelism: false,
    globalSetup: ['@toolrouter/postgres/test/check-database'],
  },
});
