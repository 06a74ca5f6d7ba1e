import { REFRESH_AHEAD_FRACTION, REFRESH_AHEAD_MS } from '../../oauth/refresh-connected-account.ts';

/**
 * Waits until stored OAuth credentials are inside their refresh-ahead window (the last fifth of a
 * short token's lifetime, or its last minute), so the next call refreshes before sending.
 */
export async function waitUntilRefreshDue(credentials: { expiresAt?: string; obtainedAt?: string }) {
  const expires = Date.parse(credentials.expiresAt!);
  const lifetime = expires - Date.parse(credentials.obtainedAt!);
  const window = Math.min(REFRESH_AHEAD_MS, lifetime * REFRESH_AHEAD_FRACTION);
  const wait = expires - window - Date.now() + 50;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
