import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// vitest hands these conditions to Node as --conditions, and `import` there makes pg's own
// require('pg-pool') load pg-pool's ESM build; so only the source condition here.
const conditions = ['@toolrouter/source', 'node', 'default'];

/**
 * This package's tests, plus core's store-backed suites run again on PostgreSQL: the setup file
 * gives every router those suites make a store on a fresh schema. New test files in those core
 * folders are picked up by the glob.
 */
export default defineConfig({
  ...sharedConfig,
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    ...sharedConfig.test,
    dir: '..',
    include: [
      'postgres/src/**/*.test.ts',
      'core/src/{precedence,session,connected-account,auth-config,logs}/**/*.test.ts',
    ],
    globalSetup: ['./src/test-support/check-database.ts'],
    setupFiles: ['./src/test-support/install-test-store.ts'],
  },
});
