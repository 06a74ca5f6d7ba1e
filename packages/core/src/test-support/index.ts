// `@toolrouter/core/test`: core's test helpers for the tests of other workspace packages. Not
// published (test-support is left out of the build) and not covered by semver.

export type { ConnectedAccountRow } from '../connected-account/connected-account-row.ts';
export { connectedAccountAssociatedData } from '../connected-account/connected-account-row.ts';
// Internals that the workspace's white-box suites (internal/security-tests, internal/multi-instance-tests)
// drive directly.
export {
  CONNECTION_FINISH_GRACE_MS,
  UNFINISHED_CONNECTION_REASON,
} from '../connected-account/settle-stale-connections.ts';
export { CredentialCipher } from '../crypto/credential-cipher.ts';
export { requestToken } from '../oauth/request-token.ts';
export { createOutboundFetch } from '../outbound/create-outbound-fetch.ts';
export { DEFAULT_WITH_NEWEST_ACTIVE } from '../precedence/account-lookup-queries.ts';
export { createEchoRouter } from './create-echo-router.ts';
export { describeAccountLookupPlans } from './describe-account-lookup-plans.ts';
export { echoToolkit, oauthEchoToolkit, publicEchoToolkit } from './echo-toolkits.ts';
export type { PlanStep } from './explain-query.ts';
export { explainQuery } from './explain-query.ts';
export type { SeedAccountsInput } from './seed-accounts.ts';
export { seedAccounts } from './seed-accounts.ts';
export type { EchoApi } from './start-echo-api.ts';
export { startEchoApi } from './start-echo-api.ts';
export type { TestRouterFactory } from './test-router.ts';
export { testRouter } from './test-router.ts';
export type { TestStoreFactory } from './test-store.ts';
export { testStore } from './test-store.ts';
