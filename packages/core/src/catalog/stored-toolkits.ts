import { type ToolkitDefinition, validateToolkit } from '@toolrouter/toolkits';
import { ConflictError } from '../errors/conflict-error.ts';
import { ToolkitNotFoundError } from '../errors/toolkit-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { Store } from '../store/store.ts';
import type { Catalog } from './catalog.ts';
import type { StoredToolkitInfo } from './tool.ts';

export type { StoredToolkitInfo } from './tool.ts';

/** The event every router on the store receives when a stored toolkit changes (PostgreSQL NOTIFY). */
export const STORED_TOOLKITS_CHANNEL = 'toolrouter_stored_toolkits';
/** How often a router asks the store whether another instance changed the stored toolkits. */
export const STORED_TOOLKITS_CHECK_MS = 1_000;
const LOCK_KEY = 'toolrouter:stored_toolkits';

interface Row {
  slug: string;
  definition: string | null;
  source: string | null;
  revision: number | string;
  created_at: string;
  updated_at: string;
}

/**
 * Toolkits added at run time (`router.toolkits.register`), kept in the store so every instance and
 * every restart has them. Each change bumps a store-wide revision; a router catches up by reading
 * the rows newer than the revision it has seen: at start, at once on the change event (PostgreSQL
 * NOTIFY reaches every instance; SQLite events stay in one process), and otherwise when an API call
 * finds `MAX(revision)` moved, asked at most once per `STORED_TOOLKITS_CHECK_MS` (several processes
 * on one SQLite file).
 *
 * Toolkits the router was built with (built-in, `toolkits` option, the server's catalog) are fixed:
 * a stored toolkit never replaces one.
 */
export class StoredToolkits {
  readonly #store: Store;
  readonly #catalog: Catalog;
  readonly #fixed: ReadonlySet<string>;
  readonly #warn: (message: string) => void;
  readonly #now: () => Date;
  readonly #stored = new Map<string, StoredToolkitInfo>();
  #revision = 0;
  #checkedAt = Number.NEGATIVE_INFINITY;
  #pulling: Promise<void> = Promise.resolve();
  /** Pulls started by `refresh` and not yet settled. */
  #pullsRunning = 0;
  /** Of those, the periodic checks `isCurrent` started without anyone waiting for them. */
  #quietChecks = 0;
  /** Whether the store's change events may be missed now (its event connection dropped). */
  #eventsGap = false;
  #unsubscribe: (() => Promise<void>) | undefined;

  constructor(options: {
    store: Store;
    catalog: Catalog;
    warn: (message: string) => void;
    now: () => Date;
  }) {
    this.#store = options.store;
    this.#catalog = options.catalog;
    this.#fixed = new Set(options.catalog.toolkitSlugs());
    this.#warn = options.warn;
    this.#now = options.now;
  }

  /** Loads every stored toolkit and follows changes other routers publish. */
  async start(): Promise<void> {
    await this.refresh({ force: true });
    const catchUp = () =>
      this.refresh({ force: true }).catch((error: unknown) =>
        this.#warn(`toolrouter: reading stored toolkits failed: ${(error as Error).message}`),
      );
    const unsubscribe = await this.#store.subscribe(STORED_TOOLKITS_CHANNEL, catchUp, {
      onGap: (phase) => {
        this.#eventsGap = phase === 'start';
        // What changed while no event could arrive was not announced.
        if (phase === 'end') catchUp();
      },
    });
    this.#unsubscribe = async () => unsubscribe();
  }

  async stop(): Promise<void> {
    await this.#unsubscribe?.();
    await this.#pulling.catch(() => undefined);
  }

  /** Catches up with the store; without `force` at most once per `STORED_TOOLKITS_CHECK_MS`. */
  refresh({ force = false }: { force?: boolean } = {}): Promise<void> {
    const now = performance.now();
    if (!force && now - this.#checkedAt < STORED_TOOLKITS_CHECK_MS)
      return this.#pulling.catch(() => undefined);
    this.#checkedAt = now;
    this.#pullsRunning++;
    this.#pulling = this.#pulling
      .catch(() => undefined)
      .then(() => this.#pull())
      .finally(() => {
        this.#pullsRunning--;
      });
    return this.#pulling;
  }

  /**
   * Whether a call may go on without `refresh()`: no pull for a change is running, and the store was
   * checked within the last `STORED_TOOLKITS_CHECK_MS`. The router's per-call path asks this first
   * and skips `refresh()` (and its promise) when it is true.
   *
   * On PostgreSQL, where every change reaches every instance by its NOTIFY at once, the periodic
   * check only catches a change whose event was lost, so it runs without the call waiting for it:
   * when the second is up, this starts it and answers true. No call waits for a database round trip
   * that, nearly always, finds nothing. While the event connection is down (`onGap`), or on SQLite,
   * where the check is how other processes' changes arrive, calls wait for it as before.
   */
  isCurrent(): boolean {
    if (this.#pullsRunning > this.#quietChecks) return false;
    if (performance.now() - this.#checkedAt < STORED_TOOLKITS_CHECK_MS) return true;
    if (this.#store.dialect !== 'postgres' || this.#eventsGap) return false;
    this.#quietChecks++;
    this.refresh()
      .catch((error: unknown) =>
        this.#warn(`toolrouter: checking for stored toolkits failed: ${(error as Error).message}`),
      )
      .finally(() => {
        this.#quietChecks--;
      });
    return true;
  }

  /** The stored-toolkit record of `slug`, if it is one. */
  info(slug: string): StoredToolkitInfo | undefined {
    return this.#stored.get(slug);
  }

  /**
   * Stores `definition` (HTTP tools only: an in-process handler cannot be stored) and adds it to
   * this router at once; other routers follow (see the class). Replaces a stored toolkit of the
   * same slug; refuses one of the toolkits the router was built with.
   */
  async register(definition: ToolkitDefinition, options: { source?: string } = {}): Promise<void> {
    const json = storableJson(definition);
    if (this.#fixed.has(definition.slug)) {
      throw new ConflictError({
        field: 'slug',
        message: `Toolkit '${definition.slug}' is already one of the router's own toolkits (built-in, catalog or config); a stored toolkit cannot replace it. Register it under another slug.`,
      });
    }
    for (const tool of definition.tools) {
      const existing = this.#catalog.findTool(tool.slug);
      if (existing && existing.toolkit.slug !== definition.slug) {
        throw new ConflictError({
          field: `tools.${tool.slug}`,
          message: `Tool slug '${tool.slug}' already belongs to toolkit '${existing.toolkit.slug}'; give the toolkit another slug (tool slugs start with it).`,
        });
      }
    }
    const at = this.#now().toISOString();
    await this.#store.transaction(
      async (transaction) => {
        const revision = await nextRevision(transaction);
        const changed = await transaction.execute(
          'UPDATE stored_toolkits SET definition = ?, source = ?, revision = ?, deleted_at = NULL, updated_at = ? WHERE slug = ?',
          [json, options.source ?? null, revision, at, definition.slug],
        );
        if (changed === 0) {
          await transaction.execute(
            'INSERT INTO stored_toolkits (slug, definition, source, revision, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)',
            [definition.slug, json, options.source ?? null, revision, at, at],
          );
        }
      },
      { lockKey: LOCK_KEY },
    );
    await this.#changed(definition.slug);
  }

  /** Deletes a stored toolkit everywhere; its auth configs and connected accounts stay (re-import finds them). */
  async unregister(slug: string): Promise<void> {
    await this.refresh({ force: true });
    if (!this.#stored.has(slug)) {
      throw this.#fixed.has(slug)
        ? new ConflictError({
            field: 'slug',
            message: `Toolkit '${slug}' is one of the router's own toolkits (built-in, catalog or config), not a stored one; it cannot be deleted. Leave it out of sessions with their 'toolkits' config instead.`,
          })
        : new ToolkitNotFoundError({
            toolkit: slug,
            suggestions: [...this.#stored.keys()].filter((stored) => stored.includes(slug)),
            message: `No stored toolkit '${slug}'. Stored toolkits are the ones router.toolkits.list() marks with 'stored'.`,
          });
    }
    const at = this.#now().toISOString();
    await this.#store.transaction(
      async (transaction) => {
        const revision = await nextRevision(transaction);
        await transaction.execute(
          'UPDATE stored_toolkits SET definition = NULL, revision = ?, deleted_at = ?, updated_at = ? WHERE slug = ?',
          [revision, at, at, slug],
        );
      },
      { lockKey: LOCK_KEY },
    );
    await this.#changed(slug);
  }

  async #changed(slug: string): Promise<void> {
    await this.refresh({ force: true });
    await this.#store.publish(STORED_TOOLKITS_CHANNEL, slug);
  }

  async #pull(): Promise<void> {
    const [latest] = await this.#store.query<{ revision: number | string | null }>(
      'SELECT MAX(revision) AS revision FROM stored_toolkits',
    );
    if (Number(latest?.revision ?? 0) <= this.#revision) return;
    const rows = await this.#store.query<Row>(
      'SELECT slug, definition, source, revision, created_at, updated_at FROM stored_toolkits WHERE revision > ? ORDER BY revision',
      [this.#revision],
    );
    for (const row of rows) {
      this.#apply(row);
      this.#revision = Math.max(this.#revision, Number(row.revision));
    }
  }

  #apply(row: Row): void {
    if (row.definition === null) {
      if (this.#stored.delete(row.slug)) this.#catalog.removeToolkit(row.slug);
      return;
    }
    if (this.#fixed.has(row.slug)) {
      this.#warn(
        `toolrouter: stored toolkit '${row.slug}' is hidden by a toolkit of the same slug this router was built with (catalog or config).`,
      );
      return;
    }
    try {
      this.#catalog.addToolkit(JSON.parse(row.definition) as ToolkitDefinition);
      this.#stored.set(row.slug, {
        source: row.source,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    } catch (error) {
      this.#warn(`toolrouter: stored toolkit '${row.slug}' is not usable: ${(error as Error).message}`);
    }
  }
}

async function nextRevision(executor: Pick<Store, 'query'>): Promise<number> {
  const [row] = await executor.query<{ revision: number | string | null }>(
    'SELECT MAX(revision) AS revision FROM stored_toolkits',
  );
  return Number(row?.revision ?? 0) + 1;
}

/** The definition as JSON, after checking it is a valid toolkit that JSON carries whole. */
function storableJson(definition: ToolkitDefinition): string {
  try {
    validateToolkit(definition);
  } catch (error) {
    throw new ValidationError({ field: 'toolkit', message: (error as Error).message, cause: error });
  }
  const handler = definition.tools.find((tool) => tool.handler);
  if (handler) {
    throw new ValidationError({
      field: `tools.${handler.slug}`,
      message: `Tool '${handler.slug}' runs an in-process handler, which cannot be stored; only HTTP tools (fromOpenAPI, request mappings) can. Pass toolkits with handlers in the router's 'toolkits' option instead.`,
    });
  }
  return JSON.stringify(definition);
}
