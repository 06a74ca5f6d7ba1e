import type { RegisteredTool } from '../catalog/tool.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';

/** One app tool call on its way through the pipeline; the steps fill in the account as they learn it. */
export interface ToolCall {
  runtime: RouterRuntime;
  session: SessionIdentity;
  toolSlug: string;
  /** The tool as the catalog (or a proxy request) defines it; undefined when no such tool exists. */
  registered: RegisteredTool | undefined;
  /** The arguments as the caller gave them (validated by the account step). */
  args: unknown;
  options: ExecuteToolOptions;
  /** `performance.now()` when the call started, for the log's duration. */
  started: number;
  /** The account that runs the call, once precedence picked one. */
  connectedAccountId: string | null;
  /** The account's credential values (refreshed ones too): the log replaces them in what it keeps. */
  logSecrets: string[];
}

/** What a step ends the call with: the result before it is logged. */
export interface ExecutionOutcome {
  successful: boolean;
  data: unknown;
  error: string | null;
  statusCode?: number | null;
  /** The caller aborted: the call is logged, then rejects with this reason. */
  abort?: { reason: unknown };
}
