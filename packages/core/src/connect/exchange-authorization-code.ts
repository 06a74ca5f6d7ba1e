import type { Credentials } from '@toolrouter/toolkits';
import { readAuthConfigApp } from '../auth-config/auth-configs-api.ts';
import { OAuthTokenError } from '../errors/oauth-token-error.ts';
import { requestToken } from '../oauth/request-token.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { connectLinkAssociatedData } from './connect-link-row.ts';
import type { LoadedConnectLink } from './read-connect-link.ts';

/**
 * At most this long for the token request of a callback, whatever the tool timeout: the account
 * waits INITIATED meanwhile, and is judged unfinished `CONNECTION_FINISH_GRACE_MS` after its link was used.
 */
export const CODE_EXCHANGE_TIMEOUT_MS = 30_000;

/**
 * Trades an authorization code for tokens at the provider's token endpoint, with the link's PKCE
 * verifier and the exact redirect URI the flow started with. A refusal is a readable reason, not
 * an exception.
 */
export async function exchangeAuthorizationCode(
  runtime: RouterRuntime,
  { link, authConfig, toolkit, scheme }: LoadedConnectLink,
  code: string,
  redirectUri: string,
): Promise<{ ok: true; credentials: Credentials } | { ok: false; reason: string }> {
  if (scheme.mode !== 'oauth2')
    return { ok: false, reason: `Auth config '${authConfig.id}' is not an OAuth auth config.` };
  const app = await readAuthConfigApp(runtime, authConfig);
  if (!app?.clientId)
    return { ok: false, reason: `Auth config '${authConfig.id}' has no OAuth app (clientId).` };
  const verifier = link.pkce_verifier
    ? runtime.cipher.decrypt(link.pkce_verifier, connectLinkAssociatedData(link.id))
    : undefined;
  try {
    const tokens = await requestToken({
      scheme,
      app,
      params: {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        ...(verifier ? { code_verifier: verifier } : {}),
      },
      providerName: toolkit.name,
      fetch: runtime.execution.fetch,
      timeoutMs: Math.min(runtime.execution.timeoutMs, CODE_EXCHANGE_TIMEOUT_MS),
      now: runtime.now(),
    });
    return { ok: true, credentials: tokens };
  } catch (error) {
    if (OAuthTokenError.isInstance(error))
      return { ok: false, reason: `The authorization code could not be exchanged: ${error.message}` };
    throw error;
  }
}
