import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { RateLimitCounters } from './rate-limit-counters.ts';

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
 * instance on one PostgreSQL counts together. Hits are counted in memory and written in batches
 * every 100 ms, except a bucket's first hit, and every hit past half its limit, which are written
 * at once so the limit itself holds across instances (`RateLimitCounters`); windows older than an
 * hour are dropped now and then. `@toolrouter/server` uses it for its per-session, per-user, per-admin-key
 * and failed-authentication limits.
 *
 * @example
 * const { allowed, retryAfterMs } = await router.rateLimits.hit(`session:${sessionId}`, { limit: 600, windowMs: 60_000 });
 */
export class RateLimitsApi {
  readonly #counters: RateLimitCounters;

  constructor(runtime: () => Promise<RouterRuntime>) {
    this.#counters = new RateLimitCounters(runtime);
  }

  /**
   * Counts `weight` hits (default 1) on `bucket` and says whether the window is still within
   * `limit` per `windowMs`.
   */
  async hit(bucket: string, { limit, windowMs }: RateLimit, weight = 1): Promise<RateLimitResult> {
    const { hits, now, windowStart } = await this.#counters.hit(bucket, windowMs, limit, weight);
    return {
      allowed: hits <= limit,
      remaining: Math.max(0, limit - hits),
      retryAfterMs: windowStart + windowMs - now,
    };
  }

  /** Whether `bucket` is over `limit` in the current window, without counting a hit. */
  async check(bucket: string, { limit, windowMs }: RateLimit): Promise<RateLimitResult> {
    const { hits, now, windowStart } = await this.#counters.total(bucket, windowMs);
    return {
      allowed: hits < limit,
      remaining: Math.max(0, limit - hits),
      retryAfterMs: windowStart + windowMs - now,
    };
  }

  /** Writes the hits counted in memory to the store (`router.close()` does it). */
  async flush(): Promise<void> {
    await this.#counters.flush();
  }

  /** Flushes and stops batching: `router.close()` calls it before closing the store. */
  async close(): Promise<void> {
    await this.#counters.close();
  }
}
