// `@toolrouter/server/test`: the server's test helpers for the tests of other workspace packages.
// Not published (test-support is left out of the build) and not covered by semver.

export { captureIo } from './capture-io.ts';
export type { TestApp } from './create-test-app.ts';
export { connectEchoAccounts, createTestApp, TEST_API_KEY, TEST_BASE_URL } from './create-test-app.ts';
export type { TestServer } from './start-test-server.ts';
export { startTestServer } from './start-test-server.ts';
