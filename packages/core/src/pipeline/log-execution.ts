import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import type { ExecutionOutcome } from './tool-call.ts';

/** Who ran what, for the log entry of one call. */
export interface LoggedCall {
  runtime: RouterRuntime;
  session: SessionIdentity;
  toolkit: string;
  toolSlug: string;
  connectedAccountId: string | null;
  started: number;
  /** The arguments as the caller gave them; the log keeps them redacted and capped. */
  args: unknown;
  /** Credential values to replace in the kept arguments and result. */
  secrets: string[];
}

/**
 * The pipeline's last step, for app and meta-tools alike: writes the execution log (arguments and
 * result redacted and capped, never credentials) and returns the result with its `log_` id.
 */
export async function logExecution(
  call: LoggedCall,
  outcome: ExecutionOutcome,
): Promise<ToolExecutionResult> {
  // The writer queues the row and returns its id at once (the INSERT is batched): no await here.
  const logId = call.runtime.logWriter.write({
    sessionId: call.session.sessionId,
    userId: call.session.userId,
    toolkit: call.toolkit,
    toolSlug: call.toolSlug,
    connectedAccountId: call.connectedAccountId,
    successful: outcome.successful,
    error: outcome.error,
    statusCode: outcome.statusCode ?? null,
    durationMs: performance.now() - call.started,
    arguments: call.args,
    result: outcome.data,
    secrets: call.secrets,
  });
  return { data: outcome.data, error: outcome.error, successful: outcome.successful, logId };
}
