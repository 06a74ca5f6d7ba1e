import type { Store } from '../store/store.ts';

/** How long a bucket's known total is trusted, and how often hits counted in memory are written. */
export const RATE_LIMIT_FLUSH_MS = 100;

const UPSERT = `INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES (?, ?, ?)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + ?
       RETURNING hits`;

interface Window {
  bucket: string;
  windowStart: number;
  windowEnd: number;
  /** The store's total when last read or written (every instance's hits). */
  stored: number;
  /** Hits of this instance counted in memory, not yet in the store. */
  pending: number;
  /** When `stored` was read (ms, the router's clock). */
  syncedAt: number;
}

/**
 * The fixed-window counters of `router.rateLimits`, counted in memory and written to the store in
 * batches. A bucket's first hit on this instance, a hit when its known total is older than
 * `RATE_LIMIT_FLUSH_MS`, and every hit once the total passes half the limit go to the store at once
 * (one upsert, so the approach to a limit is exact across instances); the others are added in memory
 * and written by a timer every `RATE_LIMIT_FLUSH_MS` (one upsert per bucket), and by `flush()`.
 * What can be off: hits another instance took in its last `RATE_LIMIT_FLUSH_MS` while both saw the
 * bucket under half its limit, and a crash loses the hits of at most one unwritten batch.
 */
export class RateLimitCounters {
  readonly #store: () => Promise<{ store: Store; now: () => Date }>;
  readonly #windows = new Map<string, Window>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | undefined;
  #writes = 0;
  #closed = false;

  constructor(store: () => Promise<{ store: Store; now: () => Date }>) {
    this.#store = store;
  }

  /** Counts `weight` hits and answers the bucket's total in this window, this hit included. */
  async hit(bucket: string, windowMs: number, limit: number, weight: number): Promise<TotalAt> {
    const { store, now: clock } = await this.#store();
    const now = clock().getTime();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const key = `${bucket}\u0000${windowStart}`;
    const window = this.#windows.get(key);
    if (
      !this.#closed &&
      window &&
      now - window.syncedAt <= RATE_LIMIT_FLUSH_MS &&
      window.stored + window.pending + weight <= limit / 2
    ) {
      window.pending += weight;
      this.#schedule();
      return { hits: window.stored + window.pending, now, windowStart };
    }
    // Write through, taking this instance's pending hits along.
    const add = weight + (window?.pending ?? 0);
    if (window) window.pending = 0;
    const stored = await this.#upsert(store, bucket, windowStart, add);
    const current = this.#remember(bucket, windowStart, windowMs, stored, clock().getTime());
    if (++this.#writes % 1000 === 0) {
      await store
        .execute('DELETE FROM rate_limit_counters WHERE window_start < ?', [now - 3_600_000])
        .catch(() => undefined);
    }
    return { hits: stored + current.pending, now, windowStart };
  }

  /** The bucket's total in this window without counting a hit. */
  async total(bucket: string, windowMs: number): Promise<TotalAt> {
    const { store, now: clock } = await this.#store();
    const now = clock().getTime();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const window = this.#windows.get(`${bucket}\u0000${windowStart}`);
    if (!this.#closed && window && now - window.syncedAt <= RATE_LIMIT_FLUSH_MS) {
      return { hits: window.stored + window.pending, now, windowStart };
    }
    const [row] = await store.query<{ hits: number | string }>(
      'SELECT hits FROM rate_limit_counters WHERE bucket = ? AND window_start = ?',
      [bucket, windowStart],
    );
    const current = this.#remember(bucket, windowStart, windowMs, Number(row?.hits ?? 0), now);
    return { hits: current.stored + current.pending, now, windowStart };
  }

  /** Writes every hit counted in memory and resolves once they are in the store. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#flushing) await this.#flushing;
    this.#flushing = this.#write().finally(() => {
      this.#flushing = undefined;
    });
    await this.#flushing;
  }

  /** Writes what is counted in memory and stops the timer; later hits are written through. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }

  #remember(bucket: string, windowStart: number, windowMs: number, stored: number, syncedAt: number): Window {
    const key = `${bucket}\u0000${windowStart}`;
    let window = this.#windows.get(key);
    if (!window) {
      window = { bucket, windowStart, windowEnd: windowStart + windowMs, stored, pending: 0, syncedAt };
      this.#windows.set(key, window);
    }
    // Upserts may answer out of order; the store's total only grows within a window.
    window.stored = Math.max(window.stored, stored);
    window.syncedAt = Math.max(window.syncedAt, syncedAt);
    return window;
  }

  #schedule(): void {
    if (this.#timer || this.#closed) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch(() => undefined);
    }, RATE_LIMIT_FLUSH_MS);
    this.#timer.unref?.();
  }

  async #write(): Promise<void> {
    const { store, now: clock } = await this.#store();
    const now = clock().getTime();
    for (const [key, window] of this.#windows) {
      if (window.pending > 0) {
        const add = window.pending;
        window.pending = 0;
        try {
          const stored = await this.#upsert(store, window.bucket, window.windowStart, add);
          this.#remember(window.bucket, window.windowStart, 0, stored, clock().getTime());
        } catch {
          // The store is down: keep the hits for the next batch rather than lose them.
          window.pending += add;
          this.#schedule();
        }
      } else if (window.windowEnd <= now) {
        this.#windows.delete(key);
      }
    }
  }

  async #upsert(store: Store, bucket: string, windowStart: number, add: number): Promise<number> {
    const [row] = await store.query<{ hits: number | string }>(UPSERT, [bucket, windowStart, add, add]);
    return Number(row?.hits ?? add);
  }
}

/** A bucket's total in the window that `now` falls in. */
export interface TotalAt {
  hits: number;
  now: number;
  windowStart: number;
}
