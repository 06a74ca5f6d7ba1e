import type { UpstreamResponse } from '../outbound/upstream-response.ts';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

export interface FetchSameOriginOptions<Answer extends UpstreamResponse = Response> {
  /** `fetch`, or any sender that answers like it (the router's `send`). */
  fetch: (url: URL, init: RequestInit) => Promise<Answer>;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
}

/**
 * `fetch` that follows redirects only within the request's own origin. A redirect to another
 * host comes back as the 3xx response itself, so credentials in headers (an `x-api-key`, which
 * `fetch` would forward) never reach a host the toolkit does not name. 303, and 301/302 after a
 * POST, continue as GET without a body, as browsers do. `init.redirect` `'manual'` or `'error'`
 * is honoured as given.
 *
 * @example
 * const response = await fetchSameOrigin(new URL('https://api.github.com/repos/a/b'), { headers }, { fetch });
 */
export async function fetchSameOrigin<Answer extends UpstreamResponse = Response>(
  url: URL,
  init: RequestInit,
  { fetch, maxRedirects = 5 }: FetchSameOriginOptions<Answer>,
): Promise<Answer> {
  if (init.redirect === 'manual' || init.redirect === 'error') return fetch(url, init);
  let currentUrl = url;
  let currentInit: RequestInit = { ...init, redirect: 'manual' };
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(currentUrl, currentInit);
    const location = response.headers.get('location');
    if (!redirectStatuses.has(response.status) || location === null || redirects >= maxRedirects) {
      return response;
    }
    let next: URL;
    try {
      next = new URL(location, currentUrl);
    } catch {
      return response;
    }
    if (next.origin !== url.origin) return response;
    const method = (currentInit.method ?? 'GET').toUpperCase();
    const becomesGet =
      (response.status === 303 && method !== 'HEAD') ||
      ((response.status === 301 || response.status === 302) && method === 'POST');
    if (!becomesGet && currentInit.body instanceof ReadableStream) return response;
    await response.body?.cancel().catch(() => undefined);
    if (becomesGet) {
      const headers = new Headers(currentInit.headers);
      headers.delete('content-type');
      headers.delete('content-length');
      currentInit = { ...currentInit, method: 'GET', body: undefined, headers };
    }
    currentUrl = next;
  }
}
