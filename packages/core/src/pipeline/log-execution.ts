import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import { writeExecutionLog } from '../logs/write-execution-log.ts';
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
}

/**
 * The pipeline's last step, for app and meta-tools alike: writes the execution log (no arguments,
 * no credentials) and returns the result with its `log_` id.
 */
export async function logExecution(
  call: LoggedCall,
  outcome: ExecutionOutcome,
): Promise<ToolExecutionResult> {
  const logId = await writeExecutionLog(call.runtime, {
    sessionId: call.session.sessionId,
    userId: call.session.userId,
    toolkit: call.toolkit,
    toolSlug: call.toolSlug,
    connectedAccountId: call.connectedAccountId,
    successful: outcome.successful,
    error: outcome.error,
    statusCode: outcome.statusCode ?? null,
    durationMs: performance.now() - call.started,
  });
  return { data: outcome.data, error: outcome.error, successful: outcome.successful, logId };
}
