import type { AuthScheme, Credentials } from '@toolrouter/toolkits';
import { ValidationError } from '../errors/validation-error.ts';

/** The parts of a request that credentials go into. */
export interface CredentialTarget {
  url: URL;
  headers: Headers;
}

/**
 * Puts an account's credentials into a request, as its auth scheme says: `api_key` into the named
 * header (after the optional `prefix`) or query parameter, `bearer` and `oauth2` as
 * `Authorization: Bearer <token>`, `basic` as `Authorization: Basic base64(username:password)`,
 * `none` adds nothing. Mutates and returns `target`.
 *
 * @throws ValidationError (without any secret in it) when the credentials do not fit the scheme.
 * @example
 * applyCredentials(request, { mode: 'api_key', in: 'header', name: 'x-api-key' }, { apiKey: 'k_123' });
 */
export function applyCredentials<Target extends CredentialTarget>(
  target: Target,
  scheme: AuthScheme,
  credentials: Credentials | undefined,
): Target {
  switch (scheme.mode) {
    case 'none':
      return target;
    case 'api_key': {
      const apiKey = secretField(credentials, 'apiKey', scheme.mode);
      if (scheme.in === 'query') target.url.searchParams.set(scheme.name, apiKey);
      else setHeader(target.headers, scheme.name, `${scheme.prefix ?? ''}${apiKey}`, scheme.mode);
      return target;
    }
    case 'bearer':
      setHeader(
        target.headers,
        'authorization',
        `Bearer ${secretField(credentials, 'token', scheme.mode)}`,
        scheme.mode,
      );
      return target;
    case 'oauth2': {
      const accessToken = secretField(credentials, 'accessToken', scheme.mode);
      setHeader(target.headers, 'authorization', `Bearer ${accessToken}`, scheme.mode);
      return target;
    }
    case 'basic': {
      const username = secretField(credentials, 'username', scheme.mode);
      const password = secretField(credentials, 'password', scheme.mode, { allowEmpty: true });
      setHeader(target.headers, 'authorization', `Basic ${basicToken(username, password)}`, scheme.mode);
      return target;
    }
  }
}

/**
 * Every form in which the credentials could come back in a response body (the raw values and,
 * for basic auth, the base64 token), for `readResponse`'s redaction. Non-secret fields such as
 * `expiresAt` or `scope` are not included.
 *
 * @example
 * const secrets = credentialSecrets({ token: 'ghp_abc' }); // ['ghp_abc']
 */
export function credentialSecrets(credentials: Credentials | undefined): string[] {
  if (credentials === undefined) return [];
  const record = credentials as Record<string, unknown>;
  const secrets: string[] = [];
  for (const key of ['apiKey', 'token', 'accessToken', 'refreshToken', 'password']) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') secrets.push(value);
  }
  if (typeof record.username === 'string' && typeof record.password === 'string') {
    secrets.push(basicToken(record.username, record.password));
  }
  return secrets;
}

function secretField(
  credentials: Credentials | undefined,
  key: string,
  mode: AuthScheme['mode'],
  { allowEmpty = false } = {},
): string {
  const value = (credentials as Record<string, unknown> | undefined)?.[key];
  if (typeof value === 'string' && (allowEmpty || value !== '')) return value;
  throw new ValidationError({
    field: `credentials.${key}`,
    message: `The connected account's credentials do not fit the ${mode} auth scheme: '${key}' is missing or not a non-empty string. Reconnect the account.`,
  });
}

function setHeader(headers: Headers, name: string, value: string, mode: AuthScheme['mode']): void {
  try {
    headers.set(name, value);
  } catch {
    // The platform's message would quote the value, which is the secret.
    throw new ValidationError({
      field: 'credentials',
      message: `The connected account's ${mode} credentials contain characters that cannot be sent in an HTTP header. Reconnect the account.`,
    });
  }
}

function basicToken(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
}
