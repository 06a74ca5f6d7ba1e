import type { Store } from '../store/store.ts';
import type { SessionData } from './tool-router-session.ts';

/** The store channel that carries a session id whenever its config changes or it is deleted. */
export const SESSION_CHANNEL = 'toolrouter_session';

/** How long an entry may be served without a change event: the bound when one is lost. */
const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * Sessions as `sessions.use()` last read them, so the REST API (which reopens the session on every
 * call) does not read and parse the row each time. Every update and delete publishes the session id
 * on the store (LISTEN/NOTIFY on PostgreSQL, so other instances drop their copy within
 * milliseconds); an entry also expires after 10 s, which bounds the staleness should a notification
 * be lost. While the LISTEN connection is down (the store reports a gap) nothing is served or kept,
 * and everything is dropped at both ends of the gap. A read that raced an invalidation is not cached.
 * MCP authentication never uses it: it checks the stored token hash on every request, so a deleted
 * session's token stops working at once on every instance.
 */
export class SessionCache {
  readonly #entries = new Map<string, { data: SessionData; expiresAt: number }>();
  #invalidations = 0;
  #subscribed: Promise<boolean> | undefined;
  #inGap = false;

  /** The cached session, or what `read` returns (cached when nothing changed meanwhile). */
  async get(store: Store, sessionId: string, read: () => Promise<SessionData>): Promise<SessionData> {
    const listening = await this.#listen(store);
    const entry = this.#entries.get(sessionId);
    if (entry && entry.expiresAt > performance.now()) return entry.data;
    const generation = this.#invalidations;
    const data = await read();
    if (listening && !this.#inGap && generation === this.#invalidations) {
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(sessionId, { data, expiresAt: performance.now() + TTL_MS });
    }
    return data;
  }

  /**
   * Keeps a session this router just created, so the first call on it (a REST call right after
   * `POST /sessions`) does not read the row back. Only while subscribed, as for reads.
   */
  async created(store: Store, data: SessionData): Promise<void> {
    if (!(await this.#listen(store)) || this.#inGap) return;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(data.sessionId, { data, expiresAt: performance.now() + TTL_MS });
  }

  /** Drops the session here and tells every other router on the store. */
  async changed(store: Store, sessionId: string): Promise<void> {
    this.#drop(sessionId);
    // A failed publish leaves other instances' copies to expire.
    await store.publish(SESSION_CHANNEL, sessionId).catch(() => {});
  }

  #drop(sessionId: string): void {
    this.#invalidations++;
    this.#entries.delete(sessionId);
  }

  /** Subscribes once; without a subscription nothing is cached. */
  #listen(store: Store): Promise<boolean> {
    this.#subscribed ??= store
      .subscribe(SESSION_CHANNEL, (sessionId) => this.#drop(sessionId), {
        onGap: (phase) => {
          this.#inGap = phase === 'start';
          this.#invalidations++;
          this.#entries.clear();
        },
      })
      .then(
        () => true,
        () => {
          this.#subscribed = undefined;
          return false;
        },
      );
    return this.#subscribed;
  }
}
