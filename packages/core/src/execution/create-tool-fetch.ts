import type { AuthScheme, Credentials, ToolContext } from '@toolrouter/toolkits';
import { applyCredentials } from './apply-credentials.ts';
import { assertAllowedUrl } from './assert-allowed-url.ts';
import { describeNetworkError } from './describe-network-error.ts';
import { fetchSameOrigin } from './fetch-same-origin.ts';
import { joinBaseUrl } from './join-base-url.ts';
import { ToolTimeoutError } from './tool-timeout-error.ts';

export interface CreateToolFetchOptions {
  /** The toolkit's base URL; its path prefix (`/v1`) is kept for relative paths. */
  baseUrl: string;
  auth?: { scheme: AuthScheme; credentials?: Credentials | undefined };
  /** The call's signal (the handler's `context.signal`); every request follows it. */
  signal: AbortSignal;
  fetch?: typeof globalThis.fetch;
  /** Limit for each single request, until its response headers arrive. */
  timeoutMs?: number;
}

/**
 * Builds the `context.fetch` a handler tool receives: `path` is resolved under the base URL
 * (`/items` → `https://api.x.com/v1/items`), an absolute URL must be on the base URL's origin
 * (pagination links are), the account's credentials are applied, the call's signal is passed on
 * and redirects are followed only within that origin, so credentials never leave it.
 *
 * @example
 * const toolFetch = createToolFetch({ baseUrl: 'https://gmail.googleapis.com', auth, signal });
 * const response = await toolFetch('/gmail/v1/users/me/labels');
 */
export function createToolFetch({
  baseUrl,
  auth,
  signal,
  fetch = globalThis.fetch,
  timeoutMs,
}: CreateToolFetchOptions): ToolContext['fetch'] {
  return async function toolFetch(path: string | URL, init: RequestInit = {}): Promise<Response> {
    const url = resolveUrl(path, baseUrl);
    assertAllowedUrl(url, baseUrl);
    const headers = new Headers(init.headers);
    if (auth !== undefined) applyCredentials({ url, headers }, auth.scheme, auth.credentials);
    const timeoutSignal = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
    const signals = [signal, init.signal, timeoutSignal].filter((item) => item != null);
    try {
      return await fetchSameOrigin(url, { ...init, headers, signal: AbortSignal.any(signals) }, { fetch });
    } catch (error) {
      if (timeoutSignal?.aborted && !signal.aborted && !init.signal?.aborted) {
        throw new ToolTimeoutError({
          timeoutMs: timeoutMs!,
          message: `${url.origin}${url.pathname} did not answer within ${timeoutMs} ms.`,
          cause: error,
        });
      }
      // The caller's abort stays as it is; a network failure says which host and why, not "fetch failed".
      if (signal.aborted || init.signal?.aborted || !(error instanceof TypeError)) throw error;
      throw new TypeError(describeNetworkError(error, url.host), { cause: error });
    }
  };
}

function resolveUrl(path: string | URL, baseUrl: string): URL {
  const text = String(path);
  if (/^[a-z][a-z\d+.-]*:/i.test(text) || text.startsWith('//')) return new URL(text, baseUrl);
  return joinBaseUrl(baseUrl, text);
}
