import { globSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

const packages = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Core's store-backed suites: every core test file that makes its routers through
 * `test-support/create-echo-router.ts` (or takes `testStore()` directly). New ones are found on
 * each run.
 */
const coreSuites = globSync('core/src/**/*.test.ts', { cwd: packages }).filter((file) =>
  /test-support\/(create-echo-router|test-store)(\.ts)?'/.test(readFileSync(join(packages, file), 'utf8')),
);

/**
 * This package's tests, plus core's store-backed suites run again on PostgreSQL: the setup file
 * gives every router those suites make a store on a schema of its own.
 */
export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    dir: packages,
    include: ['postgres/src/**/*.test.ts', ...coreSuites],
    globalSetup: ['./src/test-support/check-database.ts'],
    setupFiles: ['./src/test-support/install-test-store.ts'],
  },
});
