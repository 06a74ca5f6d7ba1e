import type { RouterRuntime } from '../runtime/router-runtime.ts';

/** What one counted request learns. */
export interface RateLimitResult {
  allowed: boolean;
  /** Requests left in this window (0 when refused). */
  remaining: number;
  /** Milliseconds until the window ends: what a 429's `Retry-After` says. */
  retryAfterMs: number;
}

/** A limit: at most `limit` hits per `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/**
 * `router.rateLimits`: fixed-window counters kept in the store (`rate_limit_counters`), so every
 * instance on one PostgreSQL counts together. One upsert per hit; windows older than an hour are
 * dropped now and then. `@toolrouter/server` uses it for its per-session, per-user, per-admin-key
 * and failed-authentication limits.
 *
 * @example
 * const { allowed, retryAfterMs } = await router.rateLimits.hit(`session:${sessionId}`, { limit: 600, windowMs: 60_000 });
 */
export class RateLimitsApi {
  readonly #runtime: () => Promise<RouterRuntime>;
  #hits = 0;

  constructor(runtime: () => Promise<RouterRuntime>) {
    this.#runtime = runtime;
  }

  /**
   * Counts `weight` hits (default 1) on `bucket` and says whether the window is still within
   * `limit` per `windowMs`.
   */
  async hit(bucket: string, { limit, windowMs }: RateLimit, weight = 1): Promise<RateLimitResult> {
    const runtime = await this.#runtime();
    const now = runtime.now().getTime();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const [row] = await runtime.store.query<{ hits: number | string }>(
      `INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES (?, ?, ?)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + ?
       RETURNING hits`,
      [bucket, windowStart, weight, weight],
    );
    const hits = Number(row?.hits ?? 1);
    if (++this.#hits % 1000 === 0) {
      await runtime.store
        .execute('DELETE FROM rate_limit_counters WHERE window_start < ?', [now - 3_600_000])
        .catch(() => undefined);
    }
    return {
      allowed: hits <= limit,
      remaining: Math.max(0, limit - hits),
      retryAfterMs: windowStart + windowMs - now,
    };
  }

  /** Whether `bucket` is over `limit` in the current window, without counting a hit. */
  async check(bucket: string, { limit, windowMs }: RateLimit): Promise<RateLimitResult> {
    const runtime = await this.#runtime();
    const now = runtime.now().getTime();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const [row] = await runtime.store.query<{ hits: number | string }>(
      'SELECT hits FROM rate_limit_counters WHERE bucket = ? AND window_start = ?',
      [bucket, windowStart],
    );
    const hits = Number(row?.hits ?? 0);
    return {
      allowed: hits < limit,
      remaining: Math.max(0, limit - hits),
      retryAfterMs: windowStart + windowMs - now,
    };
  }
}
