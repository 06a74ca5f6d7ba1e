import { completeAuthorization, REDIRECT_URI } from '@toolrouter/core/test/oauth';
import { type Cluster, PUBLIC_URL } from './start-cluster.ts';
import type { Instance } from './start-instance.ts';

/**
 * The browser's part of an OAuth connection, with each hop sent to the instance the test picks
 * (as a load balancer might): the hosted connect page on `pageOn` redirects to the provider, the
 * user signs in and consents there, and the provider's redirect to `<public URL>/oauth/callback`
 * is delivered to `callbackOn`. Resolves with the callback's answer and when it was sent and came back.
 */
export async function completeOAuthInBrowser({
  linkId,
  pageOn,
  callbackOn,
  login,
}: {
  linkId: string;
  pageOn: Instance;
  callbackOn: Instance;
  login: string;
}): Promise<{ callback: Response; sentAt: number; answeredAt: number }> {
  const page = await fetch(`${pageOn.url}/connect/${linkId}`, { redirect: 'manual' });
  const authorizationUrl = page.headers.get('location');
  if (page.status !== 302 || !authorizationUrl) {
    throw new Error(`The connect page on ${pageOn.name} answered ${page.status}: ${await page.text()}`);
  }
  // The browser keeps the connect cookie of the page and sends it with the provider's redirect.
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const landing = await completeAuthorization(authorizationUrl, { redirectUri: REDIRECT_URI, login });
  const sentAt = Date.now();
  const callback = await fetch(`${callbackOn.url}${landing.pathname}${landing.search}`, {
    redirect: 'manual',
    headers: { cookie },
  });
  const answeredAt = Date.now();
  return { callback, sentAt, answeredAt };
}

/**
 * Connects `userId` to `things` across three instances: a session and its authorize call on `a`,
 * the connect page on `b`, the OAuth callback on `c`. Resolves with the session and account ids.
 */
export async function connectThings(
  cluster: Cluster,
  userId: string,
  [a, b, c]: [Instance, Instance, Instance],
): Promise<{ sessionId: string; accountId: string }> {
  const session = await cluster.rest(a, 'POST', '/sessions', { userId, config: { toolkits: ['things'] } });
  const request = await cluster.rest(a, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
    toolkit: 'things',
  });
  const { callback } = await completeOAuthInBrowser({
    linkId: request.body.linkId,
    pageOn: b,
    callbackOn: c,
    login: userId,
  });
  await callback.body?.cancel();
  if (callback.status >= 400) throw new Error(`The OAuth callback on ${c.name} answered ${callback.status}.`);
  return { sessionId: session.body.sessionId, accountId: request.body.id };
}

/** The connect cookie each link was first opened with, as the user's browser keeps it. */
const browserOfLink = new Map<string, string>();

/**
 * What a browser does with an API key connect link: opens the page on `pageOn` (which sets the
 * connect cookie and puts a CSRF token in the form), then posts the form to `postOn` with both.
 */
export async function submitConnectForm(
  pageOn: string,
  postOn: string,
  linkId: string,
  fields: Record<string, string>,
): Promise<Response> {
  // The same user comes back with the same browser: authorize hands out a pending link again, and
  // that link belongs to the browser that opened it first.
  const known = browserOfLink.get(linkId);
  const page = await fetch(`${pageOn}/connect/${linkId}`, {
    redirect: 'manual',
    ...(known ? { headers: { cookie: known } } : {}),
  });
  const cookie = known ?? page.headers.get('set-cookie')?.split(';')[0] ?? '';
  browserOfLink.set(linkId, cookie);
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return fetch(`${postOn}/connect/${linkId}`, {
    method: 'POST',
    headers: { origin: PUBLIC_URL, 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrf, ...fields }),
    redirect: 'manual',
  });
}
