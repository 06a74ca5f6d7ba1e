import type { OAuth2Scheme } from '@toolrouter/toolkits';
import type { AuthConfigCredentials } from '../auth-config/auth-config.ts';
import { OAuthTokenError } from '../errors/oauth-token-error.ts';
import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { redactSecrets } from '../execution/read-response.ts';
import { tokenExpiry } from './token-expiry.ts';

/** What a token endpoint granted, in the shape connected accounts store. */
export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** ISO 8601, from `expires_in` (clamped: see `tokenExpiry`). */
  expiresAt?: string;
  /** ISO 8601, when the token was granted (with `expiresAt`): its lifetime sets when to refresh. */
  obtainedAt?: string;
  tokenType?: string;
  scope?: string;
}

export interface RequestTokenInput {
  scheme: OAuth2Scheme;
  app: AuthConfigCredentials;
  /** `grant_type` and its parameters (`code`, `redirect_uri`, `code_verifier` or `refresh_token`). */
  params: Record<string, string>;
  /** Used in error messages: "GitHub refused ...". */
  providerName: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  now: Date;
}

/**
 * One request to a provider's token endpoint: the client authenticates in the body (default) or
 * with HTTP Basic (`clientAuth: 'basic'`), the answer is read as JSON (or form-encoded, as some
 * older providers send), the token object is taken from `tokenResponsePath` when the provider
 * nests it (Slack's `authed_user`) and from the top level otherwise (refresh answers are flat).
 *
 * @throws OAuthTokenError with the provider's `error` code (`invalid_grant`, ...), `network_error`
 *   or `invalid_response`; its message never carries a secret.
 * @example
 * const tokens = await requestToken({ scheme, app, params: { grant_type: 'refresh_token', refresh_token }, providerName: 'GitHub', fetch, timeoutMs: 15_000, now: new Date() });
 */
export async function requestToken({
  scheme,
  app,
  params,
  providerName,
  fetch,
  timeoutMs,
  now,
}: RequestTokenInput): Promise<TokenSet> {
  const secrets = [
    app.clientSecret ?? '',
    params.code ?? '',
    params.refresh_token ?? '',
    params.code_verifier ?? '',
  ];
  const body = new URLSearchParams(params);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (scheme.clientAuth === 'basic') {
    // RFC 6749 §2.3.1: each part form-urlencoded before base64.
    const user = encodeFormComponent(app.clientId);
    const password = encodeFormComponent(app.clientSecret ?? '');
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  } else {
    body.set('client_id', app.clientId);
    if (app.clientSecret) body.set('client_secret', app.clientSecret);
  }

  let response: Response;
  let text: string;
  try {
    response = await fetch(scheme.tokenUrl, {
      method: 'POST',
      headers,
      body,
      // Never follow: a redirect would re-send the client secret, code and verifier to its target.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (cause) {
    const reason = OutboundRequestRefusedError.isInstance(cause)
      ? cause.message
      : cause instanceof Error && cause.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : 'the request failed';
    throw new OAuthTokenError({
      error: 'network_error',
      message: `Could not reach ${providerName}'s token endpoint (${new URL(scheme.tokenUrl).origin}): ${reason}.`,
      cause,
    });
  }
  if (response.status >= 300 && response.status < 400) {
    throw new OAuthTokenError({
      error: 'redirect_refused',
      status: response.status,
      message: `${providerName}'s token endpoint answered with a redirect (${response.status}); token requests never follow redirects. Set the scheme's tokenUrl to the final URL.`,
    });
  }
  const answer = parseBody(text, response.headers.get('content-type'));
  const errorCode = typeof answer?.error === 'string' ? answer.error : undefined;
  if (!response.ok || errorCode !== undefined || answer === undefined) {
    const code = errorCode ?? (answer === undefined ? 'invalid_response' : `http_${response.status}`);
    // Redact first, then cut: a cut can split a secret into a prefix no redaction recognises.
    const description =
      typeof answer?.error_description === 'string'
        ? `: ${redactSecrets(answer.error_description, secrets).slice(0, 300)}`
        : '';
    throw new OAuthTokenError({
      error: code,
      status: response.status,
      message: redactSecrets(
        `${providerName} refused the token request (${response.status} ${code}${description}).`,
        secrets,
      ),
    });
  }
  const nested = scheme.tokenResponsePath ? dig(answer, scheme.tokenResponsePath) : undefined;
  const token = isRecord(nested) && typeof nested.access_token === 'string' ? nested : answer;
  if (typeof token.access_token !== 'string' || token.access_token === '') {
    throw new OAuthTokenError({
      error: 'invalid_response',
      status: response.status,
      message: `${providerName}'s token endpoint answered without an access_token${scheme.tokenResponsePath ? ` (looked at '${scheme.tokenResponsePath}' and the top level)` : ''}.`,
    });
  }
  const expiry = tokenExpiry(token.expires_in, now);
  const scope = Array.isArray(token.scope) ? token.scope.join(' ') : token.scope;
  return {
    accessToken: token.access_token,
    ...(typeof token.refresh_token === 'string' && token.refresh_token !== ''
      ? { refreshToken: token.refresh_token }
      : {}),
    ...(expiry ?? {}),
    ...(typeof token.token_type === 'string' ? { tokenType: token.token_type } : {}),
    ...(typeof scope === 'string' ? { scope } : {}),
  };
}

function parseBody(text: string, contentType: string | null): Record<string, any> | undefined {
  if (contentType?.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text));
  try {
    const parsed = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function dig(value: Record<string, unknown>, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function encodeFormComponent(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}
