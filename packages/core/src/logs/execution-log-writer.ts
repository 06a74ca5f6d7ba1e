import { redactSecrets } from '../execution/read-response.ts';
import { createSortableId } from '../ids/create-sortable-id.ts';
import type { SqlValue, Store } from '../store/store.ts';
import type { ExecutionLog } from './execution-log.ts';
import { isoTimestamp } from './iso-timestamp.ts';
import { type LogPayloadSettings, logPayloadText, parsedArguments } from './log-payload.ts';

/** What a caller writes: the log without the id and time the writer gives it, plus what it may keep. */
export interface ExecutionLogEntry extends Omit<ExecutionLog, 'id' | 'createdAt'> {
  /** The arguments as the tool got them; kept redacted when payload logging is on. */
  arguments?: unknown;
  /** The result's `data`; kept redacted when payload logging is on. */
  result?: unknown;
  /** The account's credential values, replaced wherever they appear in what is kept. */
  secrets?: readonly string[];
}

const COLUMNS =
  'id, session_id, user_id, toolkit, tool_slug, connected_account_id, successful, error, status_code, duration_ms, created_at, arguments, result';
const ROWS_PER_INSERT = 100;
/** How long entries gather before one INSERT takes them all (at once when a batch is full). */
const BATCH_WINDOW_MS = 20;

/**
 * Writes execution logs off the hot path: `write` returns the `log_` id at once and the rows are
 * inserted together within 20 ms (one multi-row INSERT per batch), so a tool result never waits
 * for its log and calls in a row share one write (one commit) instead of one each; a store with
 * `executeInBackground` runs it off the event loop. `flush` (called
 * by `router.logs.list` and `router.close`) writes everything queued now and waits for it.
 */
export class ExecutionLogWriter {
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #warn: (message: string) => void;
  readonly #payloads: LogPayloadSettings;
  #queue: SqlValue[][] = [];
  #flushing: Promise<void> | undefined;
  /** Ends the batch window early (a full batch, a flush). */
  #wake: (() => void) | undefined;

  constructor(
    store: Store,
    now: () => Date,
    warn: (message: string) => void,
    payloads: LogPayloadSettings = false,
  ) {
    this.#store = store;
    this.#now = now;
    this.#warn = warn;
    this.#payloads = payloads;
  }

  /**
   * Queues one entry and returns its id. Arguments and result are serialized now (redacted and
   * capped, see `logPayloadText`), so later changes to those objects do not reach the log.
   */
  write(entry: ExecutionLogEntry): string {
    const now = this.#now();
    // In time order: the batch's rows go to the end of the primary key's index, not all over it.
    const id = createSortableId('log', now.getTime());
    const secrets = entry.secrets ?? [];
    // A field the caller did not give is not recorded (null), unlike a given `undefined` (no arguments).
    const payload = (field: 'arguments' | 'result', value: unknown) =>
      this.#payloads && Object.hasOwn(entry, field)
        ? logPayloadText(value, { secrets, maxBytes: this.#payloads.maxBytes })
        : null;
    const error =
      entry.error === null || secrets.length === 0 ? entry.error : redactSecrets(entry.error, secrets);
    this.#queue.push([
      id,
      entry.sessionId,
      entry.userId,
      entry.toolkit,
      entry.toolSlug,
      entry.connectedAccountId,
      entry.successful ? 1 : 0,
      error === null ? null : error.slice(0, 2000),
      entry.statusCode,
      Math.round(entry.durationMs),
      isoTimestamp(now),
      payload('arguments', parsedArguments(entry.arguments)),
      payload('result', entry.result),
    ]);
    this.#flushing ??= new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, BATCH_WINDOW_MS);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).then(() => {
      this.#wake = undefined;
      return this.#drain();
    });
    if (this.#queue.length >= ROWS_PER_INSERT) this.#wake?.();
    return id;
  }

  /** Resolves once every entry written so far is in the store. */
  async flush(): Promise<void> {
    this.#wake?.();
    while (this.#flushing) await this.#flushing;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, ROWS_PER_INSERT);
      const placeholders = batch.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
      try {
        const sql = `INSERT INTO execution_logs (${COLUMNS}) VALUES ${placeholders}`;
        // Off the event loop where the store can (a SQLite file: its write thread).
        await (this.#store.executeInBackground
          ? this.#store.executeInBackground(sql, batch.flat())
          : this.#store.execute(sql, batch.flat()));
      } catch (error) {
        this.#warn(
          `toolrouter: could not write ${batch.length} execution log(s): ${(error as Error).message}`,
        );
      }
    }
    this.#flushing = undefined;
  }
}
