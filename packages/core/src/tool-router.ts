import { loadBuiltinToolkits, type ToolkitDefinition } from '@toolrouter/toolkits';
import { type AuthConfigsApi, LocalAuthConfigsApi } from './auth-config/auth-configs-api.ts';
import { Catalog } from './catalog/catalog.ts';
import { StoredToolkits } from './catalog/stored-toolkits.ts';
import type { Tool, Toolkit } from './catalog/tool.ts';
import { toPublicToolkit, toSearchedTool } from './catalog/tool.ts';
import { parseAllowedCallbackUrls } from './connect/assert-allowed-callback-url.ts';
import { type ConnectApi, LocalConnectApi } from './connect/connect-api.ts';
import {
  type ConnectedAccountsApi,
  LocalConnectedAccountsApi,
} from './connected-account/connected-accounts-api.ts';
import { checkEncryptionKeys, type EncryptionKeyCheck } from './crypto/check-encryption-keys.ts';
import { CredentialCipher } from './crypto/credential-cipher.ts';
import { resolveCredentialCache } from './crypto/resolve-credential-cache.ts';
import { resolveEncryptionKeys } from './crypto/resolve-encryption-keys.ts';
import {
  type CreateCustomToolInput,
  createCustomTool,
  registerCustomTool,
} from './custom-tool/create-custom-tool.ts';
import { createAccountSlots } from './execution/account-slots.ts';
import type { ExecuteToolOptions } from './execution/execute-tool-options.ts';
import type { ToolExecutionResult } from './execution/tool-execution-result.ts';
import { ExecutionLogWriter } from './logs/execution-log-writer.ts';
import { LocalLogsApi, type LogsApi } from './logs/logs-api.ts';
import { resolveLogPayloads } from './logs/resolve-log-payloads.ts';
import {
  createOAuthRefreshes,
  REFRESH_LEASE_MS,
  settleRefreshes,
} from './oauth/refresh-connected-account.ts';

import { createOutboundFetch, type OutboundFetch } from './outbound/create-outbound-fetch.ts';
import { resolveOutboundPolicy } from './outbound/resolve-outbound-policy.ts';
import { runAppTool } from './pipeline/run-app-tool.ts';
import { AccountResolutionCache } from './precedence/account-resolution-cache.ts';
import { OpenAIProvider } from './provider/openai-provider.ts';
import type { Provider } from './provider/provider.ts';
import { localRateLimitRuntime } from './rate-limit/local-rate-limit-runtime.ts';
import { RateLimitsApi } from './rate-limit/rate-limits-api.ts';
import { createRemoteRouter, type RemoteRouter } from './remote/create-remote-router.ts';
import { collectGarbage } from './runtime/collect-garbage.ts';
import { managedAuthFromEnv } from './runtime/managed-auth-from-env.ts';
import { monotonicClock } from './runtime/monotonic-clock.ts';
import type { RouterRuntime } from './runtime/router-runtime.ts';
import type { WarmReport } from './runtime/warm-report.ts';
import { createToolSearchIndex } from './search/create-tool-search-index.ts';
import type { ToolSearchIndex } from './search/search-types.ts';
import { resolveSessionTtl } from './session/resolve-session-ttl.ts';
import { LocalSessionsApi, type SessionsApi } from './session/sessions-api.ts';
import type { ToolRouterSession } from './session/tool-router-session.ts';
import { warmSearchPath } from './session/warm-search-path.ts';
import type { SessionConfig } from './session-config/session-config.ts';
import { ACCOUNT_TABLES } from './store/account-revision.ts';
import { migrateStore } from './store/migrate-store.ts';
import { resolveStore } from './store/resolve-store.ts';
import type { Store } from './store/store.ts';
import { watchStoreWrites } from './store/watch-store-writes.ts';
import type { ToolRouterOptions } from './tool-router-options.ts';

/**
 * The router: toolkits, auth configs, users' connected accounts and sessions, embedded in your app.
 * Nothing happens at construction; the store opens (and migrates) on first use. With `apiUrl` it is
 * a client of a toolrouter server instead (remote mode), with the same API.
 *
 * @example
 * const router = new ToolRouter();
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const result = await session.execute('GITHUB_USERS_GET_AUTHENTICATED', {});
 *
 * const remote = new ToolRouter({ apiUrl: 'https://tools.example.com', apiKey: process.env.TOOLROUTER_API_KEY });
 */
export class ToolRouter<TProvider extends Provider = OpenAIProvider> {
  readonly sessions: SessionsApi<TProvider>;
  readonly provider: TProvider;
  readonly authConfigs: AuthConfigsApi;
  readonly connectedAccounts: ConnectedAccountsApi;
  readonly logs: LogsApi;
  /** Store-backed rate limit counters (what `@toolrouter/server` limits requests with). */
  readonly rateLimits: RateLimitsApi;
  /** What the hosted connect page and OAuth callback call (`@toolrouter/server` uses it). */
  readonly connect: ConnectApi;
  readonly toolkits: {
    list(): Promise<Toolkit[]>;
    get(slug: string): Promise<Toolkit>;
    /**
     * Stores a toolkit (HTTP tools only, e.g. `fromOpenAPI(...)`) so every instance on this store
     * and every restart has it; replaces a stored toolkit of the same slug, refuses the slug of a
     * built-in, catalog or config toolkit (ConflictError). `source` records where it came from.
     */
    register(toolkit: ToolkitDefinition, options?: { source?: string }): Promise<Toolkit>;
    /** Deletes a stored toolkit everywhere (built-in ones cannot be deleted). */
    unregister(slug: string): Promise<void>;
    /** Same as `unregister`. */
    delete(slug: string): Promise<void>;
  };
  readonly tools: {
    list(filter?: { toolkit?: string; search?: string }): Promise<Tool[]>;
    get(slug: string): Promise<Tool>;
    /** Runs a tool for a user outside any session (every toolkit allowed, precedence as usual). */
    execute(
      slug: string,
      args: unknown,
      options: ExecuteToolOptions & { userId: string },
    ): Promise<ToolExecutionResult>;
    /**
     * Registers a custom tool on the router: every session (also ones reopened with
     * `sessions.use`) can find it with TOOLROUTER_SEARCH_TOOLS and run it.
     */
    create(definition: CreateCustomToolInput): Promise<Tool>;
  };

  readonly #options: ToolRouterOptions<TProvider>;
  readonly #baseUrl: string;
  /** Set in remote mode (`apiUrl`): the REST client's side of everything. */
  readonly #remote: RemoteRouter<TProvider> | undefined;
  #runtime: Promise<RouterRuntime> | undefined;
  /** `#runtime` once it has resolved (it is never replaced after that). */
  #started: Promise<RouterRuntime> | undefined;
  #storedToolkits: StoredToolkits | undefined;
  #keysCheckedUntil = 0;

  #outbound: OutboundFetch | undefined;

  constructor(options: ToolRouterOptions<TProvider> = {}) {
    this.#options = options;
    const env = options.env ?? process.env;
    this.#baseUrl = (options.baseUrl ?? env.TOOLROUTER_BASE_URL ?? 'http://localhost:8080').replace(
      /\/+$/,
      '',
    );
    this.provider = options.provider ?? (new OpenAIProvider() as unknown as TProvider);
    if (options.apiUrl !== undefined) {
      const remote = createRemoteRouter(options, this.provider);
      this.#remote = remote;
      this.sessions = remote.sessions;
      this.authConfigs = remote.authConfigs;
      this.connectedAccounts = remote.connectedAccounts;
      this.logs = remote.logs;
      // A remote router has no store of its own: its counters live in this process.
      this.rateLimits = new RateLimitsApi(() => localRateLimitRuntime());
      this.connect = remote.connect;
      this.toolkits = remote.toolkits;
      this.tools = remote.tools;
      return;
    }
    // Every call first catches up with toolkits other instances stored (a cheap check, at most once a
    // second). Once started and checked within the second with no pull running, that check is a
    // clock read and the started runtime is handed back as it is: no async frame, no promise per call.
    const catchUp = async () => {
      const ready = await this.#ready();
      await this.#storedToolkits?.refresh();
      return ready;
    };
    const runtime = () =>
      this.#started !== undefined && this.#storedToolkits?.isCurrent() !== false ? this.#started : catchUp();
    const stored = async () => {
      await runtime();
      return this.#storedToolkits as StoredToolkits;
    };
    const publicToolkit = (catalog: Catalog, slug: string): Toolkit => {
      const info = this.#storedToolkits?.info(slug);
      return { ...toPublicToolkit(catalog.getToolkit(slug)), ...(info ? { stored: info } : {}) };
    };
    const unregister = async (slug: string) => (await stored()).unregister(slug);
    this.sessions = new LocalSessionsApi<TProvider>(runtime);
    this.authConfigs = new LocalAuthConfigsApi(runtime);
    this.connectedAccounts = new LocalConnectedAccountsApi(runtime);
    this.logs = new LocalLogsApi(runtime);
    this.rateLimits = new RateLimitsApi(runtime);
    this.connect = new LocalConnectApi(runtime);
    this.toolkits = {
      list: async () => {
        const { catalog } = await runtime();
        return catalog.toolkitSlugs().map((slug) => publicToolkit(catalog, slug));
      },
      get: async (slug) => publicToolkit((await runtime()).catalog, slug),
      register: async (toolkit, options) => {
        await (await stored()).register(toolkit, options);
        return publicToolkit((await runtime()).catalog, toolkit.slug);
      },
      unregister,
      delete: unregister,
    };
    this.tools = {
      list: async (filter) => (await runtime()).catalog.listTools(filter),
      get: async (slug) => (await runtime()).catalog.getTool(slug).tool,
      execute: async (slug, args, { userId, ...rest }) =>
        runAppTool(
          await runtime(),
          { sessionId: null, userId, config: {} },
          { toolSlug: slug, args, options: rest },
        ),
      create: async (definition) => {
        const custom = createCustomTool(definition);
        return registerCustomTool((await runtime()).catalog, custom).tool;
      },
    };
  }

  /**
   * Public URL of the HTTP surface (MCP URLs, connect links), without a trailing slash. In remote
   * mode the server's, known once it has answered (`await router.ready()`), unless `baseUrl` is set.
   */
  get baseUrl(): string {
    return this.#remote ? this.#remote.baseUrl() : this.#baseUrl;
  }

  /** Creates a session for one of your users (same as `router.sessions.create`). */
  create(userId: string, config?: SessionConfig): Promise<ToolRouterSession<TProvider>> {
    return this.sessions.create(userId, config);
  }

  /**
   * Opens and migrates the store now instead of on first use; rejects on a bad store or key. In
   * remote mode: asks the server for its public URL, which also checks the admin key.
   */
  async ready(): Promise<void> {
    if (this.#remote) return this.#remote.ready();
    await this.#ready();
  }

  /**
   * Does now what the first requests would otherwise pay for: opens and migrates the store and
   * builds the tool search index (a few hundred ms for the full catalog), then runs one search and
   * one toolkit listing on a throwaway, never-stored session so the code and SQL statements of that
   * path are compiled too, and ends with one full garbage collection of what all that left behind
   * (else the first request finished it: a 10–40 ms pause): the first search is as fast as the next.
   * `toolrouter serve` runs it before it answers. In remote mode: `ready()`.
   *
   * @example
   * const { searchIndex } = await router.warm();
   * console.log(`${searchIndex?.tools} tools indexed in ${searchIndex?.buildMs.toFixed(0)} ms`);
   */
  async warm(): Promise<WarmReport> {
    if (this.#remote) {
      await this.#remote.ready();
      return { searchIndex: null, garbageCollectionMs: null };
    }
    const runtime = await this.#ready();
    runtime.searchIndex();
    const searchIndex = runtime.searchIndexBuild() ?? null;
    await warmSearchPath(runtime);
    return { searchIndex, garbageCollectionMs: collectGarbage() };
  }

  /** Resolves when the store (in remote mode: the server's) answers a query; rejects with its error. */
  async ping(): Promise<void> {
    if (this.#remote) return this.#remote.ping();
    await (await this.#ready()).store.query('SELECT 1');
  }

  /**
   * Whether this router's encryption keys read the stored secrets (the latest few of each kind):
   * not ok, with a reason, when secrets exist and none decrypts (a wrong `TOOLROUTER_ENCRYPTION_KEYS`).
   * `/readyz` fails then. A good answer is kept for a minute. Remote mode: the server checks its own.
   */
  async checkEncryptionKeys(): Promise<EncryptionKeyCheck> {
    const good = { ok: true, sampled: 0, readable: 0, sealedWith: [] };
    if (this.#remote) return good;
    if (this.#keysCheckedUntil > Date.now()) return good;
    const runtime = await this.#ready();
    const check = await checkEncryptionKeys(runtime.store, runtime.cipher);
    if (check.ok) this.#keysCheckedUntil = Date.now() + 60_000;
    return check;
  }

  /**
   * Closes the store, once the OAuth token refreshes in flight have stored their answers (at most
   * `REFRESH_LEASE_MS`): a rotated refresh token the provider already issued is never lost to a
   * shutdown. In remote mode there is nothing to close: the server keeps running.
   */
  async close(): Promise<void> {
    if (!this.#runtime) return;
    const runtime = await this.#runtime.catch(() => undefined);
    if (runtime) {
      const unfinished = await settleRefreshes(runtime, REFRESH_LEASE_MS);
      if (unfinished > 0) {
        runtime.warn(
          `toolrouter: closing with ${unfinished} token refresh(es) unfinished; their accounts are flagged and checked on the next refresh.`,
        );
      }
    }
    await runtime?.logWriter.flush();
    await this.#storedToolkits?.stop();
    if (runtime) await this.rateLimits.close().catch(() => undefined);
    await runtime?.store.close();
    await this.#outbound?.close().catch(() => undefined);
  }

  #ready(): Promise<RouterRuntime> {
    // A failed start (database down, bad key) is not kept: the next call tries again.
    if (this.#runtime) return this.#runtime;
    const starting = this.#start().catch((error: unknown) => {
      this.#runtime = undefined;
      throw error;
    });
    this.#runtime = starting;
    starting.then(
      () => {
        if (this.#runtime === starting) this.#started = starting;
      },
      () => undefined,
    );
    return starting;
  }

  async #start(): Promise<RouterRuntime> {
    const store = await resolveStore(this.#options.store, this.#options.env ?? process.env);
    try {
      return await this.#startOn(store);
    } catch (error) {
      // A store the router opened itself (TOOLROUTER_DATABASE_URL, the default file) is closed
      // again, or every retry would leave one more connection open; a store passed in is the caller's.
      if (!this.#options.store) await store.close().catch(() => undefined);
      throw error;
    }
  }

  async #startOn(store: Store): Promise<RouterRuntime> {
    const options = this.#options;
    const env = options.env ?? process.env;
    const warn = options.warn ?? ((message: string) => console.warn(message));
    const now = monotonicClock();
    const keys = resolveEncryptionKeys({
      ...(options.encryptionKeys ? { encryptionKeys: options.encryptionKeys } : {}),
      keyFile: options.keyFile ?? env.TOOLROUTER_KEY_FILE ?? './.toolrouter/dev-encryption.key',
      ephemeral: store.ephemeral,
      env,
      warn,
    });
    await migrateStore(store);
    const allowedCallbackUrls = parseAllowedCallbackUrls(
      options.allowedCallbackUrls ?? env.TOOLROUTER_ALLOWED_CALLBACK_URLS,
    );
    const toolkits: ToolkitDefinition[] = [
      ...(options.builtinToolkits === false ? [] : await loadBuiltinToolkits()),
      ...(options.toolkits ?? []),
    ];
    const execution = options.execution ?? {};
    const outboundPolicy = resolveOutboundPolicy(options, env, warn);
    this.#outbound ??= createOutboundFetch({
      policy: outboundPolicy,
      fetch: execution.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    });
    const catalog = new Catalog(toolkits, options.toolkitBaseUrls);
    // Account resolution answers depend on the catalog's auth schemes too.
    const accountResolutions = new AccountResolutionCache(store);
    catalog.onChange(() => accountResolutions.invalidate());
    const storedToolkits = new StoredToolkits({ store, catalog, warn, now });
    await storedToolkits.start();
    this.#storedToolkits = storedToolkits;
    let searchIndex: ToolSearchIndex | undefined;
    let searchIndexBuild: NonNullable<WarmReport['searchIndex']> | undefined;
    catalog.onChange((added, removed) => {
      if (!searchIndex) return;
      searchIndex.remove(removed);
      searchIndex.add(added.map(toSearchedTool));
    });
    return {
      // This router's own account writes drop the account resolutions at once.
      store: watchStoreWrites(store, ACCOUNT_TABLES, () => accountResolutions.invalidate()),
      accountResolutions,
      cipher: new CredentialCipher(keys, {
        keepRecent: resolveCredentialCache(options.credentialCache, env),
      }),
      catalog,
      provider: this.provider,
      searchIndex: () => {
        if (searchIndex) return searchIndex;
        const heapBefore = process.memoryUsage().heapUsed;
        const started = performance.now();
        const tools = [...catalog.allTools()].map(toSearchedTool);
        searchIndex = createToolSearchIndex(tools, {
          describeToolkit: (slug) => catalog.findToolkit(slug),
          ...(options.search?.embedder ? { embedder: options.search.embedder } : {}),
        });
        // The first query compiles the vocabulary of task phrasings (~100 ms): pay it here too.
        searchIndex.searchLexical('find the right tool', { limit: 1 });
        searchIndexBuild = {
          tools: tools.length,
          buildMs: performance.now() - started,
          heapBytes: Math.max(0, process.memoryUsage().heapUsed - heapBefore),
        };
        return searchIndex;
      },
      searchIndexBuild: () => searchIndexBuild,
      managedAuth: { ...managedAuthFromEnv(env), ...options.managedAuth },
      baseUrl: this.baseUrl,
      allowedCallbackUrls,
      outboundPolicy,
      sessionTtlMs: resolveSessionTtl(options.sessionTtlMs, env),
      accountSlots: createAccountSlots(Math.max(1, execution.maxConcurrentPerAccount ?? 10)),
      execution: {
        timeoutMs: execution.timeoutMs ?? 30_000,
        retry: { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 8_000, ...execution.retry },
        maxResultChars: execution.maxResultChars ?? 60_000,
        fetch: this.#outbound.fetch,
        // An operator's own fetch sees every call; otherwise HTTP tools skip fetch's per-call objects.
        send: execution.fetch ? this.#outbound.fetch : this.#outbound.send,
      },
      oauthRefreshes: createOAuthRefreshes(),
      logWriter: new ExecutionLogWriter(store, now, warn, resolveLogPayloads(options.logs, env)),
      warn,
      now,
    };
  }
}
