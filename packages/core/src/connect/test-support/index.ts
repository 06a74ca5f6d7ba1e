// `@toolrouter/core/test/oauth`: a real OAuth 2 authorization server (oidc-provider) and a vendor
// API behind it, for connect and refresh tests in other workspace packages. Not published.

export { completeAuthorization } from './complete-authorization.ts';
export type { OAuthTestKit, TestRouter } from './oauth-test-kit.ts';
export { ALLOWED_CALLBACK, REDIRECT_URI, ROUTER_BASE_URL, startOAuthTestKit } from './oauth-test-kit.ts';
export type { OAuthProvider, OAuthProviderClient } from './start-oauth-provider.ts';
export { API_SCOPES, startOAuthProvider } from './start-oauth-provider.ts';
export type { ThingsApi } from './start-things-api.ts';
export { startThingsApi } from './start-things-api.ts';
export { waitUntilRefreshDue } from './wait-until-refresh-due.ts';
