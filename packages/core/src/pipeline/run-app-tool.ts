import type { RegisteredTool } from '../catalog/tool.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { checkToolAllowed } from './check-tool-allowed.ts';
import { createCredentialRefresher } from './credential-refresher.ts';
import { logExecution } from './log-execution.ts';
import { refreshAhead } from './refresh-ahead.ts';
import { resolveToolAccount } from './resolve-tool-account.ts';
import { runHandlerStep } from './run-handler-step.ts';
import { runHttpStep } from './run-http-step.ts';
import type { ExecutionOutcome, ToolCall } from './tool-call.ts';

/** What to run: a catalog tool by slug, or (`registered`) a tool defined elsewhere, such as a proxy request's. */
export interface AppToolRequest {
  toolSlug: string;
  args: unknown;
  options?: ExecuteToolOptions;
  /** The tool itself when it is not in the catalog; default `runtime.catalog.findTool(toolSlug)`. */
  registered?: RegisteredTool | undefined;
}

/**
 * The execute pipeline for one app tool: check the session allows it, resolve the account (precedence,
 * credentials, concurrency slot), refresh an expiring OAuth token, run it (HTTP or handler), redact,
 * log. Never throws for a tool problem: the result says what went wrong and what to do.
 */
export async function runAppTool(
  runtime: RouterRuntime,
  session: SessionIdentity,
  request: AppToolRequest,
): Promise<ToolExecutionResult> {
  const registered =
    'registered' in request ? request.registered : runtime.catalog.findTool(request.toolSlug);
  const call: ToolCall = {
    runtime,
    session,
    toolSlug: request.toolSlug,
    registered,
    args: request.args,
    options: request.options ?? {},
    started: performance.now(),
    connectedAccountId: null,
    logSecrets: [],
  };
  // The account's concurrency slot, once the account is known; freed however the call ends.
  const slot: { release?: () => void } = {};
  try {
    const outcome = await runSteps(call, slot);
    const result = await logExecution(
      { ...call, toolkit: registered?.tool.toolkit ?? 'unknown', secrets: call.logSecrets },
      outcome,
    );
    if (outcome.abort) throw outcome.abort.reason;
    return result;
  } finally {
    slot.release?.();
  }
}

async function runSteps(call: ToolCall, slot: { release?: () => void }): Promise<ExecutionOutcome> {
  const allowed = checkToolAllowed(call);
  if (!('definition' in allowed)) return allowed;
  const resolved = await resolveToolAccount(call, allowed, slot);
  if (!('input' in resolved)) return resolved;
  const refresher = createCredentialRefresher(call, resolved);
  const expired = await refreshAhead(call, allowed, resolved, refresher);
  if (expired) return expired;
  return allowed.definition.request
    ? runHttpStep(call, allowed, resolved, refresher)
    : runHandlerStep(call, allowed, resolved, refresher);
}
