/**
 * Plays the user in a browser at an OAuth provider: opens the authorization URL, signs in on
 * oidc-provider's development login page, then approves (or denies) on its consent page, following
 * redirects with the cookies a browser would keep. Resolves to the URL the provider finally sends
 * the browser to, i.e. `<redirect_uri>?code=...&state=...` (or `?error=access_denied&state=...`).
 */
export async function completeAuthorization(
  authorizationUrl: string,
  {
    login = 'alice',
    decision = 'approve',
    redirectUri,
  }: { login?: string; decision?: 'approve' | 'deny'; redirectUri: string },
): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let method: 'GET' | 'POST' = 'GET';
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.href.startsWith(redirectUri)) return url;
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const separator = pair!.indexOf('=');
      const name = pair!.slice(0, separator);
      const value = pair!.slice(separator + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) cookies.delete(name);
      else cookies.set(name, value);
    }
    method = 'GET';
    body = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, url);
      continue;
    }
    const page = await response.text();
    if (response.status !== 200)
      throw new Error(`The provider answered ${response.status} at ${url.pathname}: ${page.slice(0, 300)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    const uid = /\/interaction\/([\w-]+)/.exec(url.pathname)?.[1];
    if (!prompt || !uid) throw new Error(`Unexpected page at ${url.pathname}: ${page.slice(0, 300)}`);
    if (prompt === 'consent' && decision === 'deny') {
      url = new URL(`/interaction/${uid}/abort`, url);
      continue;
    }
    method = 'POST';
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error('Too many redirects while authorizing.');
}
