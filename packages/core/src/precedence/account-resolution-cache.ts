import { ACCOUNT_REVISION_CHANNEL, readAccountRevision } from '../store/account-revision.ts';
import type { Store } from '../store/store.ts';
import type { AccountResolution } from './account-resolution.ts';

/** PostgreSQL: the longest an entry is served, the bound should a notification be lost anyway. */
const DEFAULT_MAX_AGE_MS = 5_000;
const DEFAULT_MAX_ENTRIES = 10_000;

interface Entry {
  resolution: AccountResolution;
  storedAt: number;
}

/**
 * The accounts that precedence picked (DESIGN §4), per user, toolkit and what the session pins, so
 * an execute does not run the lookup query each time. Never serves an answer older than a change:
 * - SQLite: every lookup reads the revision that migration 10's triggers bump in each transaction
 *   changing an account or an auth config (one primary-key probe) and drops everything when it
 *   moved: exact, also for another process writing the same file.
 * - PostgreSQL: this router drops everything as soon as it changes an account itself
 *   (`invalidate`, from `watchStoreWrites`) and when the triggers' NOTIFY says another instance
 *   (or anyone's SQL) did; nothing is cached until LISTEN is in place nor while its connection is
 *   down (`onGap`), and no entry is served past `maxAgeMs` (5 s).
 * A lookup that raced a change is answered but not kept.
 */
export class AccountResolutionCache {
  readonly #store: Store;
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, Entry>();
  /** Grows with every invalidation: a lookup keeps its answer only if it did not move meanwhile. */
  #generation = 0;
  /** SQLite: the revision the entries were read at. */
  #revision = -1;
  /** PostgreSQL: whether change notifications arrive (subscribed, and no gap open). */
  #listening: Promise<boolean> | undefined;
  #inGap = false;

  constructor(store: Store, options: { maxAgeMs?: number; maxEntries?: number } = {}) {
    this.#store = store;
    this.#maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  }

  /** The cached resolution for `key`, or `resolve()`'s (kept when nothing changed meanwhile). */
  async resolve(key: string, resolve: () => Promise<AccountResolution>): Promise<AccountResolution> {
    if (this.#store.dialect === 'sqlite') {
      const revision = await readAccountRevision(this.#store);
      if (revision !== this.#revision) {
        this.invalidate();
        this.#revision = revision;
      }
    } else if (!(await this.#listen()) || this.#inGap) {
      return resolve();
    }
    const entry = this.#entries.get(key);
    if (entry && (this.#store.dialect === 'sqlite' || performance.now() - entry.storedAt < this.#maxAgeMs)) {
      return entry.resolution;
    }
    const generation = this.#generation;
    const resolution = await resolve();
    if (generation === this.#generation && !this.#inGap) {
      if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(key, { resolution, storedAt: performance.now() });
    }
    return resolution;
  }

  /** Drops every entry, and every lookup in flight keeps its answer to itself. */
  invalidate(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** Subscribes once (PostgreSQL); a failed subscription is retried by the next lookup. */
  #listen(): Promise<boolean> {
    this.#listening ??= this.#store
      .subscribe(ACCOUNT_REVISION_CHANNEL, () => this.invalidate(), {
        onGap: (phase) => {
          this.#inGap = phase === 'start';
          this.invalidate();
        },
      })
      .then(
        () => true,
        () => {
          this.#listening = undefined;
          return false;
        },
      );
    return this.#listening;
  }
}
