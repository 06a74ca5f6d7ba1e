/**
 * Resolves `path` (which may carry a query string) under `baseUrl`, keeping the base URL's own
 * path prefix and query: `joinBaseUrl('https://api.x.com/v1', '/items?limit=2')` is
 * `https://api.x.com/v1/items?limit=2`. Unlike `new URL(path, base)`, a leading `/` does not drop
 * the `/v1` prefix.
 *
 * @example
 * joinBaseUrl('https://gmail.googleapis.com', '/gmail/v1/users/me/labels').href;
 */
export function joinBaseUrl(baseUrl: string, path: string): URL {
  const url = new URL(baseUrl);
  const hashAt = path.indexOf('#');
  const withoutHash = hashAt === -1 ? path : path.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const pathname = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : withoutHash.slice(queryAt + 1);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
  if (query !== '') url.search = url.search === '' ? query : `${url.search.slice(1)}&${query}`;
  // Only the base URL can bring a fragment (a '#' always starts one); the setter re-serialises the URL.
  if (baseUrl.includes('#')) url.hash = '';
  return url;
}
