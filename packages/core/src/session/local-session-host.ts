import type { Tool } from '../catalog/tool.ts';
import {
  type AuthorizeOptions,
  authorizeConnection,
  type ConnectionRequest,
} from '../connect/authorize-connection.ts';
import {
  type EnsureConnectedOptions,
  type EnsureConnectedResult,
  ensureConnected,
} from '../connect/ensure-connected.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import { executeTool } from '../pipeline/execute-tool.ts';
import type { ExecuteTool, Provider, ProviderToolCollection } from '../provider/provider.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import {
  listSessionToolkits,
  type SessionToolkitsPage,
  type SessionToolkitsQuery,
} from './list-session-toolkits.ts';
import { type ProxyExecuteInput, proxyExecute } from './proxy-execute.ts';
import { searchSession } from './search-session.ts';
import type {
  HostedSession,
  SessionHost,
  SessionRecords,
  SessionSearchInput,
  SessionSearchResult,
} from './session-host.ts';
import { sessionToolList } from './session-tool-list.ts';

/** Embedded mode: a session's work runs on the router's own runtime; `records` keeps its config. */
export class LocalSessionHost implements SessionHost {
  readonly #runtime: () => Promise<RouterRuntime>;
  readonly records: SessionRecords;

  constructor(runtime: () => Promise<RouterRuntime>, records: SessionRecords) {
    this.#runtime = runtime;
    this.records = records;
  }

  async tools(session: HostedSession, modifiers: ToolModifiers): Promise<ProviderToolCollection<Provider>> {
    const runtime = await this.#runtime();
    const execute: ExecuteTool = (toolSlug, args, options) =>
      executeTool(runtime, session, toolSlug, args, { ...options, modifiers });
    return runtime.provider.wrapTools(sessionToolList(runtime, session, modifiers), execute);
  }

  async listTools(session: HostedSession, modifiers: ToolModifiers): Promise<Tool[]> {
    return sessionToolList(await this.#runtime(), session, modifiers);
  }

  async execute(
    session: HostedSession,
    toolSlug: string,
    args: unknown,
    options: ExecuteToolOptions,
  ): Promise<ToolExecutionResult> {
    return executeTool(await this.#runtime(), session, toolSlug, args, options);
  }

  async authorize(
    session: HostedSession,
    toolkit: string,
    options: AuthorizeOptions,
  ): Promise<ConnectionRequest> {
    return authorizeConnection(await this.#runtime(), session, toolkit, options);
  }

  async ensureConnected(
    session: HostedSession,
    toolkit: string,
    options: EnsureConnectedOptions,
  ): Promise<EnsureConnectedResult> {
    return ensureConnected(await this.#runtime(), session, toolkit, options);
  }

  async proxyExecute(
    session: HostedSession,
    input: ProxyExecuteInput,
    options: { signal?: AbortSignal },
  ): Promise<ToolExecutionResult> {
    return proxyExecute(await this.#runtime(), session, input, options);
  }

  async search(session: HostedSession, input: SessionSearchInput): Promise<SessionSearchResult[]> {
    return searchSession(await this.#runtime(), session, input);
  }

  async toolkits(session: HostedSession, query: SessionToolkitsQuery): Promise<SessionToolkitsPage> {
    return listSessionToolkits(await this.#runtime(), session, query);
  }
}
