import type { Tool } from '../catalog/tool.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import type { ExecuteToolOptions, ToolExecutionResult } from '../execution/tool-execution-result.ts';
import { validateToolArguments } from '../execution/validate-tool-arguments.ts';
import { writeExecutionLog } from '../logs/write-execution-log.ts';
import type { MetaToolContext } from '../meta-tools/meta-tool.ts';
import type { ToolModifiers } from '../provider/tool-modifiers.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { agentFacingMessage } from './agent-facing-message.ts';
import { executeSessionTool, type SessionIdentity } from './execute-session-tool.ts';
import { findSessionMetaTool, sessionMetaTools } from './session-meta-tools.ts';

/** Runs a meta-tool or an app tool for a session, with the modifiers of `session.tools()`. */
export async function runSessionTool(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolSlug: string,
  args: unknown,
  options: ExecuteToolOptions = {},
): Promise<ToolExecutionResult> {
  const modifiers = options.modifiers ?? {};
  const metaTool = findSessionMetaTool(session.config, toolSlug);
  if (!metaTool) return executeAppTool(runtime, session, toolSlug, args, options, modifiers);

  const started = performance.now();
  const context: MetaToolContext = {
    runtime,
    session,
    modifiers,
    ...(options.signal ? { signal: options.signal } : {}),
    executeAppTool: (slug, appArgs, appOptions) =>
      executeAppTool(runtime, session, slug, appArgs, appOptions ?? {}, modifiers),
  };
  let outcome: { successful: boolean; data: unknown; error: string | null };
  try {
    const input = validateToolArguments(metaTool.tool, args);
    outcome = { successful: true, data: await metaTool.run(input, context), error: null };
  } catch (error) {
    if (!ToolRouterError.isInstance(error)) throw error;
    outcome = { successful: false, data: null, error: agentFacingMessage(runtime, error) };
  }
  const logId = await writeExecutionLog(runtime, {
    sessionId: session.sessionId,
    userId: session.userId,
    toolkit: metaTool.tool.toolkit,
    toolSlug,
    connectedAccountId: null,
    successful: outcome.successful,
    error: outcome.error,
    statusCode: null,
    durationMs: performance.now() - started,
  });
  return { ...outcome, logId };
}

async function executeAppTool(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolSlug: string,
  args: unknown,
  options: ExecuteToolOptions,
  modifiers: ToolModifiers,
): Promise<ToolExecutionResult> {
  const toolkit = runtime.catalog.findTool(toolSlug)?.tool.toolkit ?? 'unknown';
  let input = args;
  const parsed = modifiers.beforeExecute ? parseArguments(args) : undefined;
  // Unparseable arguments skip the hook and reach validation, which names the problem.
  if (modifiers.beforeExecute && parsed) {
    input = await modifiers.beforeExecute({ toolSlug, toolkit, arguments: parsed });
  }
  const result = await executeSessionTool(runtime, session, toolSlug, input, options);
  return modifiers.afterExecute ? modifiers.afterExecute({ toolSlug, toolkit, result }) : result;
}

/** Arguments as an object when they are one (or a JSON string of one, or nothing); else undefined. */
export function parseArguments(args: unknown): Record<string, unknown> | undefined {
  let value = args ?? {};
  if (typeof value === 'string') {
    try {
      value = value.trim() === '' ? {} : JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** What `session.tools()` wraps: the session's meta-tools, then its preloaded app tools. */
export function sessionToolList(
  runtime: RouterRuntime,
  session: SessionIdentity,
  modifiers: ToolModifiers = {},
): Tool[] {
  const tools = sessionMetaTools(session.config).map((metaTool) => metaTool.tool);
  for (const slug of session.config.preload?.tools ?? []) {
    const registered = runtime.catalog.findTool(slug);
    if (registered) tools.push(registered.tool);
  }
  return modifiers.modifySchema
    ? tools.map((tool) =>
        modifiers.modifySchema!({ toolSlug: tool.slug, toolkit: tool.toolkit, schema: tool }),
      )
    : tools;
}
