import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import { runWithModifiers } from '../execution/run-with-modifiers.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import { validateToolArguments } from '../execution/validate-tool-arguments.ts';
import { GET_TOOL_SCHEMAS_SLUG } from '../meta-tools/get-tool-schemas-meta-tool.ts';
import type { AppToolRunner } from '../meta-tools/meta-tool.ts';
import { metaToolOutcome } from '../meta-tools/meta-tool.ts';
import {
  MULTI_EXECUTE_SLUG,
  multiExecuteMetaTool,
  runMultiExecute,
} from '../meta-tools/multi-execute-meta-tool.ts';
import { SEARCH_TOOLS_SLUG } from '../meta-tools/search-tools-meta-tool.ts';
import { findSessionMetaTool } from '../meta-tools/session-meta-tools.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { modifyDescribedSchemas } from './modify-described-schemas.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { segment } from './rest-client.ts';

type Session = SessionIdentity & { sessionId: string };

/**
 * `session.execute` in remote mode. Tools run on the server; modifiers are functions, so they run
 * here, exactly where embedded mode runs them: `beforeExecute`/`afterExecute` around each app tool
 * call (a MULTI_EXECUTE with them fans out from here, one server call per app tool), and
 * `modifySchema` over the schemas SEARCH_TOOLS and GET_TOOL_SCHEMAS return.
 */
export async function runRemoteSessionTool(
  remote: RemoteRuntime,
  session: Session,
  toolSlug: string,
  args: unknown,
  options: ExecuteToolOptions = {},
): Promise<ToolExecutionResult> {
  const { modifiers = {}, ...callOptions } = options;
  const hooked = Boolean(modifiers.beforeExecute || modifiers.afterExecute);
  const metaTool = findSessionMetaTool(session.config, toolSlug);
  if (!metaTool) {
    return hooked
      ? executeAppTool(remote, session, toolSlug, args, callOptions, modifiers)
      : executeOnServer(remote, session, toolSlug, args, callOptions);
  }
  if (toolSlug === MULTI_EXECUTE_SLUG && hooked) {
    return multiExecuteHere(remote, session, args, callOptions, modifiers);
  }
  const result = await executeOnServer(remote, session, toolSlug, args, callOptions);
  const describesSchemas = toolSlug === SEARCH_TOOLS_SLUG || toolSlug === GET_TOOL_SCHEMAS_SLUG;
  return describesSchemas && modifiers.modifySchema
    ? modifyDescribedSchemas(remote, result, modifiers.modifySchema)
    : result;
}

function executeOnServer(
  remote: RemoteRuntime,
  session: Session,
  toolSlug: string,
  args: unknown,
  { account, signal }: ExecuteToolOptions,
): Promise<ToolExecutionResult> {
  return remote.client.request('POST', `/sessions/${segment(session.sessionId)}/execute`, {
    body: { toolSlug, arguments: args, ...(account === undefined ? {} : { account }) },
    ...(signal ? { signal } : {}),
  });
}

/** One app tool with `beforeExecute`/`afterExecute` here and the call on the server, as embedded mode wraps it. */
async function executeAppTool(
  remote: RemoteRuntime,
  session: Session,
  toolSlug: string,
  args: unknown,
  options: ExecuteToolOptions,
  modifiers: ToolModifiers,
): Promise<ToolExecutionResult> {
  const toolkit = (await remote.findTool(toolSlug))?.toolkit ?? 'unknown';
  return runWithModifiers({ toolSlug, toolkit, args, modifiers }, (input) =>
    executeOnServer(remote, session, toolSlug, input, options),
  );
}

/**
 * MULTI_EXECUTE with hooks: the meta-tool's own fan-out runs here and each call goes to the server
 * as a single execute wrapped in the hooks. Invalid input goes to the server, which answers (and
 * logs) it as embedded mode does. Each app call is logged on the server; the MULTI_EXECUTE call
 * itself has no log entry of its own, so its `logId` is empty.
 */
async function multiExecuteHere(
  remote: RemoteRuntime,
  session: Session,
  args: unknown,
  options: ExecuteToolOptions,
  modifiers: ToolModifiers,
): Promise<ToolExecutionResult> {
  let input: Record<string, unknown>;
  try {
    input = validateToolArguments(multiExecuteMetaTool.tool, args);
  } catch {
    return executeOnServer(remote, session, MULTI_EXECUTE_SLUG, args, options);
  }
  const runner: AppToolRunner = {
    session,
    modifiers,
    ...(options.signal ? { signal: options.signal } : {}),
    executeAppTool: (slug, appArgs, appOptions) =>
      executeAppTool(remote, session, slug, appArgs, appOptions ?? {}, modifiers),
  };
  return { ...metaToolOutcome(await runMultiExecute(input, runner)), logId: '' };
}
