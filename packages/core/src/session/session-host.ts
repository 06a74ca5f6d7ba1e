import type { Tool } from '../catalog/tool.ts';
import type { AuthorizeOptions, ConnectionRequest } from '../connect/authorize-connection.ts';
import type { EnsureConnectedOptions, EnsureConnectedResult } from '../connect/ensure-connected.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import type { UsableAccount } from '../precedence/list-usable-accounts.ts';
import type { Provider, ProviderToolCollection } from '../provider/provider.ts';
import type { SessionConfig, SessionConfigUpdate } from '../session-config/session-config.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import type { SessionToolkitsPage, SessionToolkitsQuery } from './list-session-toolkits.ts';
import type { ProxyExecuteInput } from './proxy-execute.ts';

/** What a `ToolRouterSession` holds of itself; the host answers everything else. */
export interface SessionData {
  sessionId: string;
  userId: string;
  config: SessionConfig;
  configVersion: number;
  /** The MCP token, or how to get it: a reopened session decrypts it only when `mcp` is read. */
  mcpToken: string | (() => string);
  createdAt: string;
  updatedAt: string;
}

/** One version of a session's config, as `listConfigHistory()` returns it. */
export interface SessionConfigHistoryEntry {
  configVersion: number;
  config: SessionConfig;
  /** When this version was made (ISO 8601). */
  createdAt: string;
}

/** One hit of `session.search`. */
export interface SessionSearchResult {
  slug: string;
  name: string;
  description: string;
  toolkit: string;
  inputSchema: Record<string, unknown>;
  score: number;
  /** Whether the toolkit can run now for this user (connected, or needs no auth). */
  isConnected: boolean;
  /** The user's ACTIVE accounts of the toolkit a call may name in `account` (newest first). */
  accounts?: UsableAccount[];
}

/** What `session.search` asks its host, defaults applied. */
export interface SessionSearchInput {
  query: string;
  toolkits?: string[];
  limit: number;
}

/** A session's identity as its host receives it: always a stored session. */
export type HostedSession = SessionIdentity & { sessionId: string };

/** The changes to a stored session: where a session's config lives (the sessions API answers them). */
export interface SessionRecords {
  update(
    sessionId: string,
    partial: SessionConfigUpdate,
    options: { expectedConfigVersion?: number },
  ): Promise<SessionData>;
  listConfigHistory(sessionId: string): Promise<SessionConfigHistoryEntry[]>;
  delete(sessionId: string): Promise<void>;
}

/**
 * Does the work of a `ToolRouterSession`. Embedded mode's host runs it on the router's own runtime
 * (`local-session-host.ts`), remote mode's asks a toolrouter server (`remote/remote-session-host.ts`):
 * one session class serves both, and its option checks and defaults happen before either is called.
 */
export interface SessionHost {
  /** Where the session's config lives: `update`, `listConfigHistory` and `delete` go here. */
  readonly records: SessionRecords;
  tools(session: HostedSession, modifiers: ToolModifiers): Promise<ProviderToolCollection<Provider>>;
  listTools(session: HostedSession, modifiers: ToolModifiers): Promise<Tool[]>;
  execute(
    session: HostedSession,
    toolSlug: string,
    args: unknown,
    options: ExecuteToolOptions,
  ): Promise<ToolExecutionResult>;
  authorize(session: HostedSession, toolkit: string, options: AuthorizeOptions): Promise<ConnectionRequest>;
  ensureConnected(
    session: HostedSession,
    toolkit: string,
    options: EnsureConnectedOptions,
  ): Promise<EnsureConnectedResult>;
  proxyExecute(
    session: HostedSession,
    input: ProxyExecuteInput,
    options: { signal?: AbortSignal },
  ): Promise<ToolExecutionResult>;
  search(session: HostedSession, input: SessionSearchInput): Promise<SessionSearchResult[]>;
  toolkits(session: HostedSession, query: SessionToolkitsQuery): Promise<SessionToolkitsPage>;
}
