import type { Tool } from '../catalog/tool.ts';
import type { AuthorizeOptions, ConnectionRequest } from '../connect/authorize-connection.ts';
import {
  connectionTimeoutOf,
  type EnsureConnectedOptions,
  type EnsureConnectedResult,
} from '../connect/ensure-connected.ts';
import { DEFAULT_CONNECTION_TIMEOUT_MS } from '../connected-account/wait-for-connection.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import type { ExecuteTool, Provider, ProviderToolCollection } from '../provider/provider.ts';
import type { SessionToolkitsPage, SessionToolkitsQuery } from '../session/list-session-toolkits.ts';
import type { ProxyExecuteInput } from '../session/proxy-execute.ts';
import type {
  HostedSession,
  SessionHost,
  SessionRecords,
  SessionSearchInput,
  SessionSearchResult,
} from '../session/session-host.ts';
import { type ConnectionRequestJson, toRemoteConnectionRequest } from './remote-connection-request.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { type RestRequest, segment } from './rest-client.ts';
import { runRemoteSessionTool } from './run-remote-session-tool.ts';

/**
 * Remote mode: a session's work is done by the toolrouter server over its REST API
 * (`/sessions/{id}/...`); modifiers, being functions, run here (see `runRemoteSessionTool`), and
 * `records` (the remote sessions API) keeps the config.
 */
export class RemoteSessionHost implements SessionHost {
  readonly #remote: () => Promise<RemoteRuntime>;
  readonly records: SessionRecords;

  constructor(remote: () => Promise<RemoteRuntime>, records: SessionRecords) {
    this.#remote = remote;
    this.records = records;
  }

  async tools(session: HostedSession, modifiers: ToolModifiers): Promise<ProviderToolCollection<Provider>> {
    const remote = await this.#remote();
    const execute: ExecuteTool = (toolSlug, args, options) =>
      runRemoteSessionTool(remote, session, toolSlug, args, { ...options, modifiers });
    return remote.provider.wrapTools(await this.listTools(session, modifiers), execute);
  }

  async listTools(session: HostedSession, modifiers: ToolModifiers): Promise<Tool[]> {
    const { items } = await this.#request<{ items: Tool[] }>(session, 'GET', '/tools');
    const { modifySchema } = modifiers;
    return modifySchema
      ? items.map((tool) => modifySchema({ toolSlug: tool.slug, toolkit: tool.toolkit, schema: tool }))
      : items;
  }

  async execute(
    session: HostedSession,
    toolSlug: string,
    args: unknown,
    options: ExecuteToolOptions,
  ): Promise<ToolExecutionResult> {
    return runRemoteSessionTool(await this.#remote(), session, toolSlug, args, options);
  }

  async authorize(
    session: HostedSession,
    toolkit: string,
    options: AuthorizeOptions,
  ): Promise<ConnectionRequest> {
    const json = await this.#request<ConnectionRequestJson>(session, 'POST', '/authorize', {
      body: { toolkit, ...options },
    });
    return toRemoteConnectionRequest((await this.#remote()).client, json);
  }

  async ensureConnected(
    session: HostedSession,
    toolkit: string,
    options: EnsureConnectedOptions,
  ): Promise<EnsureConnectedResult> {
    const { onRedirect, timeout: _timeout, timeoutMs: _timeoutMs, ...authorizeOptions } = options;
    const timeoutMs = connectionTimeoutOf(options) ?? DEFAULT_CONNECTION_TIMEOUT_MS;
    // The server checks and, when needed, authorizes; the wait (and onRedirect) happen here.
    const answer = await this.#request<EnsureConnectedResult & { connectionRequest?: ConnectionRequestJson }>(
      session,
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

  proxyExecute(
    session: HostedSession,
    input: ProxyExecuteInput,
    options: { signal?: AbortSignal },
  ): Promise<ToolExecutionResult> {
    return this.#request(session, 'POST', '/proxy', {
      body: input ?? {},
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  async search(session: HostedSession, input: SessionSearchInput): Promise<SessionSearchResult[]> {
    const { items } = await this.#request<{ items: SessionSearchResult[] }>(session, 'POST', '/search', {
      body: input,
    });
    return items;
  }

  toolkits(session: HostedSession, query: SessionToolkitsQuery): Promise<SessionToolkitsPage> {
    return this.#request(session, 'GET', '/toolkits', { query: { ...query } });
  }

  async #request<T>(
    session: HostedSession,
    method: string,
    path: string,
    request: RestRequest = {},
  ): Promise<T> {
    const { client } = await this.#remote();
    return client.request<T>(method, `/sessions/${segment(session.sessionId)}${path}`, request);
  }
}
