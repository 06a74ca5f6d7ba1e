import { globSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

const packages = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Core's router suites: every core test file that makes its routers through
 * `test-support/create-echo-router.ts` or the OAuth test kit (both go through `testRouter()`, and
 * take `testStore()`). New ones are found on each run, as `@toolrouter/postgres` finds them.
 */
const coreSuites = globSync('core/src/**/*.test.ts', { cwd: packages }).filter((file) =>
  /test-support\/(create-echo-router|test-store|test-router)(\.ts)?'/.test(
    readFileSync(join(packages, file), 'utf8'),
  ),
);

/**
 * Remote mode, the same suites: the setup file makes every router those suites create a remote
 * router (`apiUrl`) in front of `createServer(embeddedRouter)` on a loopback port, so each
 * assertion holds through the REST API as it does embedded. `pnpm test` runs this after the
 * package's own tests.
 */
export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    dir: packages,
    include: coreSuites,
    setupFiles: ['./src/api/test-support/install-remote-test-router.ts'],
  },
});
