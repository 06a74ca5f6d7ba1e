import { isNoAuthToolkit, type Tool } from '../catalog/tool.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import type { ExecuteToolOptions, ToolExecutionResult } from '../execution/tool-execution-result.ts';
import { validateToolArguments } from '../execution/validate-tool-arguments.ts';
import { writeExecutionLog } from '../logs/write-execution-log.ts';
import { type MetaToolContext, metaToolOutcome } from '../meta-tools/meta-tool.ts';
import type { ToolModifiers } from '../provider/tool-modifiers.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { agentFacingMessage } from './agent-facing-message.ts';
import { executeSessionTool, type SessionIdentity } from './execute-session-tool.ts';
import { isMultiAccountEnabled } from './session-config.ts';
import { findSessionMetaTool, sessionMetaTools } from './session-meta-tools.ts';
import { isToolAllowed } from './session-policy.ts';

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
    outcome = metaToolOutcome(await metaTool.run(input, context));
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
    arguments: args,
    result: outcome.data,
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
  const registered = runtime.catalog.findTool(toolSlug);
  const toolkit = registered?.tool.toolkit ?? 'unknown';
  let input = args;
  let parsed = parseArguments(args);
  // `account` among the arguments of a tool that has no such input picks the account (direct
  // tools of multi-account sessions advertise it); the call's own `account` option wins.
  if (parsed && typeof parsed.account === 'string' && registered && !definesAccountInput(registered.tool)) {
    const { account, ...rest } = parsed;
    parsed = rest;
    input = rest;
    if (options.account === undefined) options = { ...options, account };
  }
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

function definesAccountInput(tool: Tool): boolean {
  const properties = (tool.inputSchema as { properties?: Record<string, unknown> }).properties;
  return properties !== undefined && Object.hasOwn(properties, 'account');
}

/** The schema of a direct tool in a multi-account session: an optional `account` input added. */
function withAccountInput(tool: Tool): Tool {
  const schema = tool.inputSchema as { properties?: Record<string, unknown> };
  if (definesAccountInput(tool)) return tool;
  return {
    ...tool,
    inputSchema: {
      ...tool.inputSchema,
      properties: {
        ...schema.properties,
        account: {
          type: 'string',
          description:
            "Optional: the id or alias of the user's connected account to run with, when they have several.",
        },
      },
    },
  };
}

/** The app tools a session exposes directly: `preload.tools`, or every allowed one for `'all'` / the direct-tools preset. */
function directAppTools(runtime: RouterRuntime, config: SessionIdentity['config']): Tool[] {
  const preload = config.preload?.tools;
  if (preload === 'all' || (preload === undefined && config.sessionPreset === 'direct_tools')) {
    return [...runtime.catalog.allTools()]
      .map((registered) => registered.tool)
      .filter((tool) => isToolAllowed(config, tool));
  }
  const tools: Tool[] = [];
  for (const slug of preload ?? []) {
    const registered = runtime.catalog.findTool(slug);
    if (registered) tools.push(registered.tool);
  }
  return tools;
}

/**
 * What `session.tools()` wraps: the session's meta-tools, then its direct app tools (preloaded,
 * or all of them in the direct-tools preset), which take an optional `account` in multi-account sessions.
 */
export function sessionToolList(
  runtime: RouterRuntime,
  session: SessionIdentity,
  modifiers: ToolModifiers = {},
): Tool[] {
  const tools = sessionMetaTools(session.config).map((metaTool) => metaTool.tool);
  const direct = directAppTools(runtime, session.config);
  const multiAccount = isMultiAccountEnabled(session.config);
  const needsAccount = (tool: Tool) => {
    const toolkit = runtime.catalog.findToolkit(tool.toolkit);
    return multiAccount && toolkit !== undefined && !isNoAuthToolkit(toolkit);
  };
  tools.push(...direct.map((tool) => (needsAccount(tool) ? withAccountInput(tool) : tool)));
  return modifiers.modifySchema
    ? tools.map((tool) =>
        modifiers.modifySchema!({ toolSlug: tool.slug, toolkit: tool.toolkit, schema: tool }),
      )
    : tools;
}
