import { parseRetryAfter } from './parse-retry-after.ts';

/** What an upstream's rate limit answer says about when to come back. */
export interface RateLimit {
  /** ISO 8601: when the limit lifts, if the answer says. */
  retryAt: string | null;
  /** Seconds from now until then, if the answer says. */
  retryAfterSeconds: number | null;
}

/**
 * Whether an error answer is a rate limit, and until when: any 429; a 403 (GitHub's primary limit)
 * with `x-ratelimit-remaining: 0`, whose `x-ratelimit-reset` (epoch seconds) says when it lifts; a
 * 403 with `Retry-After` or a body that speaks of a rate limit (GitHub's secondary limits). A 403 for
 * missing permissions is not one.
 *
 * @example
 * rateLimitOf(403, new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' }), {}, Date.now());
 */
export function rateLimitOf(
  status: number,
  headers: Pick<Headers, 'get'>,
  body: unknown,
  now: number,
): RateLimit | undefined {
  if (status !== 429 && status !== 403) return undefined;
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
  const remaining = headers.get('x-ratelimit-remaining')?.trim();
  const reset = Number(headers.get('x-ratelimit-reset'));
  const resetMs = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
  const speaksOfLimit = /rate limit/i.test(JSON.stringify(body ?? ''));
  const limited =
    status === 429 || remaining === '0' || (status === 403 && (retryAfterMs !== undefined || speaksOfLimit));
  if (!limited) return undefined;
  const waitMs = retryAfterMs ?? (remaining === '0' || status === 429 ? resetMs : undefined);
  if (waitMs === undefined) return { retryAt: null, retryAfterSeconds: null };
  return { retryAt: new Date(now + waitMs).toISOString(), retryAfterSeconds: Math.ceil(waitMs / 1000) };
}
