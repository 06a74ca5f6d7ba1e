import type { OAuthProvider } from '../connect/test-support/start-oauth-provider.ts';

/**
 * Sends a `refresh_token` grant straight to the test provider's token endpoint as its `post` client,
 * the way a replaying attacker or an instance that died mid-refresh would: the router never sees it.
 *
 * @example
 * const replay = await postRefreshGrant(kit.provider, stored.refreshToken!);
 * expect(replay.status).toBe(400);
 */
export function postRefreshGrant(provider: OAuthProvider, refreshToken: string): Promise<Response> {
  const client = provider.clients.post;
  return fetch(provider.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: client.clientId,
      client_secret: client.clientSecret,
    }),
  });
}
