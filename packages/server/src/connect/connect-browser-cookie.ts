import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The cookie that binds connect links to the browser that first opened them. */
export const CONNECT_COOKIE = 'toolrouter_connect';

/** The browser token in a request's cookies, or undefined. */
export function readConnectCookie(cookieHeader: string | null | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CONNECT_COOKIE) {
      const value = rest.join('=');
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** A fresh browser token: 256 random bits. */
export function newBrowserToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The `Set-Cookie` value for a browser token: HttpOnly (no script reads it), SameSite=Lax (sent on
 * the provider's top-level redirect to the callback, not on cross-site posts), Secure when the
 * server's public URL is https, for one hour (a link lives ten minutes).
 */
export function connectCookieHeader(token: string, baseUrl: string): string {
  const secure = baseUrl.startsWith('https:') ? '; Secure' : '';
  return `${CONNECT_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600${secure}`;
}

/** The connect form's CSRF token: bound to the browser token and the link, so it is useless elsewhere. */
export function csrfToken(browser: string, linkId: string): string {
  return createHash('sha256').update(`toolrouter-connect-csrf:${browser}:${linkId}`).digest('base64url');
}

/** Whether a submitted CSRF token is the one of this browser and link (constant time). */
export function isValidCsrfToken(submitted: string | undefined, browser: string, linkId: string): boolean {
  if (typeof submitted !== 'string') return false;
  const expected = Buffer.from(csrfToken(browser, linkId));
  const given = Buffer.from(submitted);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
