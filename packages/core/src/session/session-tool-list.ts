import { isNoAuthToolkit, type Tool } from '../catalog/tool.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import { sessionMetaTools } from '../meta-tools/session-meta-tools.ts';
import { definesAccountInput } from '../pipeline/account-argument.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { isMultiAccountEnabled } from '../session-config/session-config.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { isToolAllowed } from '../session-config/session-policy.ts';

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
