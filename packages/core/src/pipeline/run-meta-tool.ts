import { ToolRouterError } from '../errors/tool-router-error.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import { validateToolArguments } from '../execution/validate-tool-arguments.ts';
import { type MetaTool, type MetaToolContext, metaToolOutcome } from '../meta-tools/meta-tool.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { agentFacingMessage } from '../session/agent-facing-message.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { logExecution } from './log-execution.ts';
import type { ExecutionOutcome } from './tool-call.ts';

/**
 * A meta-tool through the pipeline: validate its input, run it (the app tools it runs go through
 * `executeAppTool`, each logged on its own), log it.
 */
export async function runMetaTool(
  runtime: RouterRuntime,
  session: SessionIdentity,
  metaTool: MetaTool,
  args: unknown,
  options: ExecuteToolOptions,
  executeAppTool: MetaToolContext['executeAppTool'],
): Promise<ToolExecutionResult> {
  const started = performance.now();
  const context: MetaToolContext = {
    runtime,
    session,
    modifiers: options.modifiers ?? {},
    ...(options.signal ? { signal: options.signal } : {}),
    executeAppTool,
  };
  let outcome: ExecutionOutcome;
  try {
    const input = validateToolArguments(metaTool.tool, args);
    outcome = metaToolOutcome(await metaTool.run(input, context));
  } catch (error) {
    if (!ToolRouterError.isInstance(error)) throw error;
    outcome = { successful: false, data: null, error: agentFacingMessage(runtime, error) };
  }
  const { toolkit, slug: toolSlug } = metaTool.tool;
  return logExecution(
    { runtime, session, toolkit, toolSlug, connectedAccountId: null, started, args, secrets: [] },
    outcome,
  );
}
