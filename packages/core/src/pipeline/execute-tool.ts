import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import { runWithModifiers } from '../execution/run-with-modifiers.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import { findSessionMetaTool } from '../meta-tools/session-meta-tools.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { takeAccountArgument } from './account-argument.ts';
import { runAppTool } from './run-app-tool.ts';
import { runMetaTool } from './run-meta-tool.ts';

/**
 * The one way a session runs a tool (`session.execute`, the tools of `session.tools()`, MCP
 * `tools/call`): a meta-tool of the session runs through `runMetaTool`, an app tool through
 * `runAppTool` between the `beforeExecute`/`afterExecute` modifiers of `options.modifiers`.
 */
export async function executeTool(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolSlug: string,
  args: unknown,
  options: ExecuteToolOptions = {},
): Promise<ToolExecutionResult> {
  const modifiers = options.modifiers ?? {};
  const executeAppTool = (slug: string, appArgs: unknown, appOptions: ExecuteToolOptions = {}) => {
    const registered = runtime.catalog.findTool(slug);
    const tool = registered?.tool;
    const call = takeAccountArgument(tool, appArgs, appOptions);
    // Without modifiers `runWithModifiers` only hands the arguments on: skip its async frame.
    if (!modifiers.beforeExecute && !modifiers.afterExecute) {
      return runAppTool(runtime, session, {
        toolSlug: slug,
        args: call.args,
        options: call.options,
        registered,
      });
    }
    return runWithModifiers(
      { toolSlug: slug, toolkit: tool?.toolkit ?? 'unknown', args: call.args, modifiers },
      (input) =>
        runAppTool(runtime, session, { toolSlug: slug, args: input, options: call.options, registered }),
    );
  };
  const metaTool = findSessionMetaTool(session.config, toolSlug);
  return metaTool
    ? runMetaTool(runtime, session, metaTool, args, options, executeAppTool)
    : executeAppTool(toolSlug, args, options);
}
