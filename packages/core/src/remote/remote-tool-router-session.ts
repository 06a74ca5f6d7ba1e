import type { Tool } from '../catalog/tool.ts';
import type { AuthorizeOptions, ConnectionRequest } from '../connect/authorize-connection.ts';
import {
  connectionTimeoutOf,
  type EnsureConnectedOptions,
  type EnsureConnectedResult,
} from '../connect/ensure-connected.ts';
import { DEFAULT_CONNECTION_TIMEOUT_MS } from '../connect/wait-for-connection.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import type { ExecuteTool, Provider, ProviderToolCollection } from '../provider/provider.ts';
import { assertKnownOptions } from '../session/assert-known-options.ts';
import type { SessionToolkitsPage, SessionToolkitsQuery } from '../session/list-session-toolkits.ts';
import type { ProxyExecuteInput } from '../session/proxy-execute.ts';
import {
  SESSION_METHOD_OPTIONS,
  type SessionData,
  type SessionHost,
  type SessionSearchResult,
  ToolRouterSession,
} from '../session/tool-router-session.ts';
import { type ConnectionRequestJson, toRemoteConnectionRequest } from './remote-connection-request.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { type RestRequest, segment } from './rest-client.ts';
import { runRemoteSessionTool } from './run-remote-session-tool.ts';

/**
 * A session in remote mode: the same object as in embedded mode, whose work is done by the server.
 * `update`, `delete`, `config`, `mcp` and `toJSON` are the base class's (through the host).
 */
export class RemoteToolRouterSession<
  TProvider extends Provider = Provider,
> extends ToolRouterSession<TProvider> {
  readonly #remote: () => Promise<RemoteRuntime>;

  constructor(data: SessionData, host: SessionHost, baseUrl: string, remote: () => Promise<RemoteRuntime>) {
    super(data, host, baseUrl);
    this.#remote = remote;
  }

  override async tools(modifiers: ToolModifiers = {}): Promise<ProviderToolCollection<TProvider>> {
    const remote = await this.#remote();
    const execute: ExecuteTool = (toolSlug, args, options) =>
      this.execute(toolSlug, args, { ...options, modifiers });
    return remote.provider.wrapTools(
      await this.listTools(modifiers),
      execute,
    ) as ProviderToolCollection<TProvider>;
  }

  override async listTools(modifiers: ToolModifiers = {}): Promise<Tool[]> {
    const { items } = await this.#request<{ items: Tool[] }>('GET', '/tools');
    const { modifySchema } = modifiers;
    return modifySchema
      ? items.map((tool) => modifySchema({ toolSlug: tool.slug, toolkit: tool.toolkit, schema: tool }))
      : items;
  }

  override async execute(
    toolSlug: string,
    args: unknown = {},
    options: ExecuteToolOptions = {},
  ): Promise<ToolExecutionResult> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.execute, 'execute');
    const identity = { sessionId: this.sessionId, userId: this.userId, config: this.config };
    return runRemoteSessionTool(await this.#remote(), identity, toolSlug, args, options);
  }

  override async authorize(toolkit: string, options: AuthorizeOptions = {}): Promise<ConnectionRequest> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.authorize, 'authorize');
    const json = await this.#request<ConnectionRequestJson>('POST', '/authorize', {
      body: { toolkit, ...options },
    });
    return toRemoteConnectionRequest((await this.#remote()).client, json);
  }

  override async ensureConnected(
    toolkit: string,
    options: EnsureConnectedOptions = {},
  ): Promise<EnsureConnectedResult> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.ensureConnected, 'ensureConnected');
    const { onRedirect, timeout: _timeout, timeoutMs: _timeoutMs, ...authorizeOptions } = options;
    const timeoutMs = connectionTimeoutOf(options) ?? DEFAULT_CONNECTION_TIMEOUT_MS;
    // The server checks and, when needed, authorizes; the wait (and onRedirect) happen here.
    const answer = await this.#request<EnsureConnectedResult & { connectionRequest?: ConnectionRequestJson }>(
      'POST',
      '/ensure-connected',
      { body: { toolkit, ...authorizeOptions } },
    );
    if (!answer.connectionRequest) return answer;
    const request = toRemoteConnectionRequest((await this.#remote()).client, answer.connectionRequest);
    await onRedirect?.(request);
    const connectedAccount = await request.waitForConnection(timeoutMs);
    return { toolkit: answer.toolkit, wasConnected: false, connectedAccount };
  }

  override async proxyExecute(
    input: ProxyExecuteInput,
    options: { signal?: AbortSignal } = {},
  ): Promise<ToolExecutionResult> {
    assertKnownOptions(options, SESSION_METHOD_OPTIONS.proxyExecute, 'proxyExecute');
    return this.#request('POST', '/proxy', {
      body: input ?? {},
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  override async search(input: {
    query: string;
    toolkits?: string[];
    limit?: number;
  }): Promise<SessionSearchResult[]> {
    assertKnownOptions(input, SESSION_METHOD_OPTIONS.search, 'search');
    const { query, toolkits, limit = 10 } = input;
    const { items } = await this.#request<{ items: SessionSearchResult[] }>('POST', '/search', {
      body: { query, toolkits, limit },
    });
    return items;
  }

  override async toolkits(query: SessionToolkitsQuery = {}): Promise<SessionToolkitsPage> {
    assertKnownOptions(query, SESSION_METHOD_OPTIONS.toolkits, 'toolkits');
    return this.#request('GET', '/toolkits', { query: { ...query } });
  }

  async #request<T>(method: string, path: string, request: RestRequest = {}): Promise<T> {
    const { client } = await this.#remote();
    return client.request<T>(method, `/sessions/${segment(this.sessionId)}${path}`, request);
  }
}
