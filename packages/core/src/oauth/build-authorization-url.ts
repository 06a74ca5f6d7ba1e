import type { OAuth2Scheme } from '@toolrouter/toolkits';

export interface BuildAuthorizationUrlInput {
  scheme: OAuth2Scheme;
  clientId: string;
  redirectUri: string;
  /** The auth config's scopes, or the scheme's when the auth config names none. */
  scopes: readonly string[];
  state: string;
  /** The S256 challenge, when the scheme uses PKCE. */
  codeChallenge?: string;
}

/**
 * The provider's authorization URL for the code flow, with the scheme's quirks: its own
 * `authorizeParams` (Slack's `user_scope`, Google's `access_type`), scopes joined by
 * `scopeSeparator` and left out when there are none. The flow's own parameters (client, redirect
 * URI, state, PKCE) always win over `authorizeParams`.
 *
 * @example
 * buildAuthorizationUrl({ scheme, clientId, redirectUri: 'https://tr.example.com/oauth/callback', scopes: ['repo'], state });
 */
export function buildAuthorizationUrl({
  scheme,
  clientId,
  redirectUri,
  scopes,
  state,
  codeChallenge,
}: BuildAuthorizationUrlInput): string {
  const url = new URL(scheme.authorizationUrl);
  for (const [name, value] of Object.entries(scheme.authorizeParams ?? {})) url.searchParams.set(name, value);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  if (scopes.length > 0) url.searchParams.set('scope', scopes.join(scheme.scopeSeparator ?? ' '));
  url.searchParams.set('state', state);
  if (codeChallenge !== undefined) {
    url.searchParams.set('code_challenge', codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return url.href;
}
