import type { Tool } from '../catalog/tool.ts';
import type { AuthorizeOptions, ConnectionRequest } from '../connect/authorize-connection.ts';
import type { EnsureConnectedOptions, EnsureConnectedResult } from '../connect/ensure-connected.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import type { Provider, ProviderToolCollection } from '../provider/provider.ts';
import type { SessionConfig, SessionConfigUpdate } from '../session-config/session-config.ts';
import { assertKnownOptions } from './assert-known-options.ts';
import type { SessionToolkitsPage, SessionToolkitsQuery } from './list-session-toolkits.ts';
import type { ProxyExecuteInput } from './proxy-execute.ts';
import type {
  HostedSession,
  SessionConfigHistoryEntry,
  SessionData,
  SessionHost,
  SessionSearchResult,
} from './session-host.ts';

export type {
  SessionConfigHistoryEntry,
  SessionData,
  SessionHost,
  SessionSearchResult,
} from './session-host.ts';

/** How an MCP client reaches this session: `url` plus `headers` carrying the session's own token. */
export interface SessionMcp {
  type: 'http';
  url: string;
  headers: { Authorization: string };
}

/** Option keys each session method takes; anything else is refused (see assertKnownOptions). */
export const SESSION_METHOD_OPTIONS = {
  execute: ['modifiers', 'account', 'signal'],
  authorize: ['callbackUrl', 'alias'],
  ensureConnected: ['callbackUrl', 'alias', 'timeoutMs', 'timeout', 'onRedirect'],
  proxyExecute: ['signal'],
  search: ['query', 'toolkits', 'limit'],
  toolkits: ['toolkits', 'search', 'isConnected', 'cursor', 'limit'],
  update: ['expectedConfigVersion'],
} as const satisfies Record<string, readonly string[]>;

/**
 * One user's session: what their agent may use, and the way to run it.
 *
 * @example
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const tools = await session.tools();  // the provider's native tools: pass them to your agent
 * const result = await session.execute('GITHUB_ISSUES_CREATE', { owner: 'o', repo: 'r', title: 'Bug' });
 *
 * The same class in embedded and remote mode: it checks options and applies defaults, and its
 * `SessionHost` does the work (on the router's runtime, or through a toolrouter server).
 */
export class ToolRouterSession<TProvider extends Provider = Provider> {
  readonly sessionId: string;
  readonly userId: string;
  readonly createdAt: string;
  #data: SessionData;
  readonly #host: SessionHost;
  readonly #baseUrl: string;

  constructor(data: SessionData, host: SessionHost, baseUrl: string) {
    this.sessionId = data.sessionId;
    this.userId = data.userId;
    this.createdAt = data.createdAt;
    this.#data = data;
    this.#host = host;
    this.#baseUrl = baseUrl;
  }

  get config(): SessionConfig {
    return this.#data.config;
  }

  get configVersion(): number {
    return this.#data.configVersion;
  }

  get updatedAt(): string {
    return this.#data.updatedAt;
  }

  get mcp(): SessionMcp {
    if (typeof this.#data.mcpToken === 'function')
      this.#data = { ...this.#data, mcpToken: this.#data.mcpToken() };
    return {
      type: 'http',
      url: `${this.#baseUrl}/mcp/${this.sessionId}`,
      headers: { Authorization: `Bearer ${this.#data.mcpToken}` },
    };
  }

  /**
   * The session's meta-tools (and preloaded tools) as the router's provider wraps them: pass the
   * result straight to your framework. Modifiers change schemas and wrap every app tool execution.
   */
  async tools(modifiers: ToolModifiers = {}): Promise<ProviderToolCollection<TProvider>> {
    return (await this.#host.tools(this.#identity(), modifiers)) as ProviderToolCollection<TProvider>;
  }

  /**
   * The session's tools as plain definitions (meta-tools, then preloaded tools), before any
   * provider wraps them: for MCP servers and other surfaces that describe tools themselves.
   */
  async listTools(modifiers: ToolModifiers = {}): Promise<Tool[]> {
    return this.#host.listTools(this.#identity(), modifiers);
  }

  /**
   * Runs a meta-tool or app tool for this session's user. Never throws for a tool problem: read
   * `successful` and `error`.
   */
  async execute(
    toolSlug: string,
    args: unknown = {},
    options: ExecuteToolOptions = {},
  ): Promise<ToolExecutionResult> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.execute, 'execute');
    return this.#host.execute(this.#identity(), toolSlug, args, options);
  }

  /**
   * Starts connecting a toolkit for this user on the auth config precedence picks (a pinned account
   * is reconnected) and returns the connect link; a still-valid pending link is re-used.
   *
   * @throws ValidationError for a no-auth or disabled toolkit, or a callbackUrl not allow-listed;
   *   NoAuthConfigError when the toolkit has no auth config to connect on.
   * @example
   * const request = await session.authorize('github', { callbackUrl: 'https://app.example.com/connected' });
   * console.log(`Connect GitHub: ${request.redirectUrl}`);
   * const account = await request.waitForConnection(120_000);
   */
  async authorize(toolkit: string, options: AuthorizeOptions = {}): Promise<ConnectionRequest> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.authorize, 'authorize');
    return this.#host.authorize(this.#identity(), toolkit, options);
  }

  /**
   * Returns at once when the toolkit can run for this user (ACTIVE account or no auth); otherwise
   * authorizes, hands the link to `onRedirect` and waits for the user to finish.
   *
   * @example
   * const { wasConnected } = await session.ensureConnected('github', { onRedirect: (request) => notify(user, request.redirectUrl) });
   */
  async ensureConnected(
    toolkit: string,
    options: EnsureConnectedOptions = {},
  ): Promise<EnsureConnectedResult> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.ensureConnected, 'ensureConnected');
    return this.#host.ensureConnected(this.#identity(), toolkit, options);
  }

  /**
   * Calls the toolkit's API directly with this user's account (precedence, refresh, retries and
   * logging as for a tool), for endpoints no tool covers. Only the toolkit's own host is reachable.
   *
   * @example
   * await session.proxyExecute({ toolkit: 'github', method: 'GET', endpoint: '/user/starred', parameters: [{ in: 'query', name: 'per_page', value: 5 }] });
   */
  async proxyExecute(
    input: ProxyExecuteInput,
    options: { signal?: AbortSignal } = {},
  ): Promise<ToolExecutionResult> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.proxyExecute, 'proxyExecute');
    return this.#host.proxyExecute(this.#identity(), input, options);
  }

  /**
   * Finds the session's tools for a task in plain words, best first. Each hit says whether its
   * toolkit can run now and, when the user has several, which accounts a call may name.
   */
  async search(input: {
    query: string;
    toolkits?: string[];
    limit?: number;
  }): Promise<SessionSearchResult[]> {
    assertKnownOptions(input, SESSION_METHOD_OPTIONS.search, 'search');
    const { query, toolkits, limit = 10 } = input;
    return this.#host.search(this.#identity(), { query, limit, ...(toolkits ? { toolkits } : {}) });
  }

  /** The toolkits this session allows, with the user's connection state; 20 per page by default. */
  async toolkits(query: SessionToolkitsQuery = {}): Promise<SessionToolkitsPage> {
    assertKnownOptions(query, SESSION_METHOD_OPTIONS.toolkits, 'toolkits');
    return this.#host.toolkits(this.#identity(), query);
  }

  /**
   * Changes the config (keys given replace the old ones; `null` removes a key). With
   * `expectedConfigVersion`, fails with SessionConfigConflictError when someone else updated the
   * session first. Every version is kept: see `listConfigHistory()`.
   *
   * @example
   * await session.update({ toolkits: ['github', 'slack'], preload: null });
   */
  async update(
    partial: SessionConfigUpdate,
    options: { expectedConfigVersion?: number } = {},
  ): Promise<this> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.update, 'update');
    this.#data = await this.#host.records.update(this.sessionId, partial, options);
    return this;
  }

  /**
   * Every config this session has had, newest first, with its `configVersion`.
   *
   * @example
   * const [current, previous] = await session.listConfigHistory();
   */
  async listConfigHistory(): Promise<SessionConfigHistoryEntry[]> {
    return this.#host.records.listConfigHistory(this.sessionId);
  }

  /** Deletes the session; its MCP token stops working at once. */
  async delete(): Promise<void> {
    await this.#host.records.delete(this.sessionId);
  }

  toJSON() {
    return {
      sessionId: this.sessionId,
      userId: this.userId,
      config: this.config,
      configVersion: this.configVersion,
      mcp: this.mcp,
      createdAt: this.createdAt,
      updatedAt: this.updatedAt,
    };
  }

  #identity(): HostedSession {
    return { sessionId: this.sessionId, userId: this.userId, config: this.#data.config };
  }
}
