import { createHmac, randomBytes } from 'node:crypto';
import { matchesSecret } from '../http/matches-secret.ts';

/** Name of the dashboard's session cookie. */
export const DASHBOARD_COOKIE = 'toolrouter_dashboard';

/** How long a dashboard sign-in lasts. */
export const DASHBOARD_SESSION_SECONDS = 8 * 60 * 60;

/** A signed-in operator: the cookie's nonce (for the CSRF token) and when it expires. */
export interface DashboardSession {
  nonce: string;
  expiresAt: number;
}

/**
 * The dashboard's stateless sign-in: the cookie is `<expiry>.<nonce>.<HMAC>` signed with the admin
 * key, so any instance checks it, it dies at its expiry, and changing the admin key signs every
 * operator out. Forms carry a CSRF token derived from the cookie's nonce.
 *
 * @example
 * const auth = dashboardAuth(apiKey);
 * const cookie = auth.issue(Date.now());
 * auth.verify(cookie, Date.now()); // { nonce, expiresAt }
 */
export function dashboardAuth(apiKey: string) {
  const sign = (text: string) => createHmac('sha256', apiKey).update(text).digest('base64url');
  return {
    /** Whether `candidate` is the admin key (constant time). */
    checkKey: (candidate: string) => matchesSecret(candidate, apiKey),
    /** A new cookie value, valid for DASHBOARD_SESSION_SECONDS from `now`. */
    issue(now: number): string {
      const expiresAt = now + DASHBOARD_SESSION_SECONDS * 1000;
      const nonce = randomBytes(18).toString('base64url');
      return `${expiresAt}.${nonce}.${sign(`session:${expiresAt}.${nonce}`)}`;
    },
    /** The session a cookie value proves, or undefined when forged, altered or expired. */
    verify(value: string | undefined, now: number): DashboardSession | undefined {
      const [expires, nonce, signature, extra] = (value ?? '').split('.');
      if (!expires || !nonce || !signature || extra !== undefined) return undefined;
      if (!matchesSecret(signature, sign(`session:${expires}.${nonce}`))) return undefined;
      const expiresAt = Number(expires);
      if (!Number.isSafeInteger(expiresAt) || expiresAt <= now) return undefined;
      return { nonce, expiresAt };
    },
    /** The CSRF token forms of this session carry. */
    csrfToken: (session: DashboardSession) => sign(`csrf:${session.nonce}`),
    /** Whether a posted CSRF token belongs to this session (constant time). */
    checkCsrf: (session: DashboardSession, token: string) =>
      matchesSecret(token, sign(`csrf:${session.nonce}`)),
  };
}

export type DashboardAuth = ReturnType<typeof dashboardAuth>;
