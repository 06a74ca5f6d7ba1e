import type { Tool, ToolRouterSession } from '@toolrouter/core';

/**
 * The tools a session shows an agent (its meta-tools, then its preloaded tools) as plain `Tool`
 * records, whatever provider the router wraps them with: read through `modifySchema`, which sees
 * every tool `session.tools()` wraps.
 *
 * @example
 * const tools = await sessionToolList(session); // [{ slug: 'TOOLROUTER_SEARCH_TOOLS', ... }, ...]
 */
export async function sessionToolList(session: Pick<ToolRouterSession, 'tools'>): Promise<Tool[]> {
  const tools: Tool[] = [];
  await session.tools({
    modifySchema: ({ schema }) => {
      tools.push(schema);
      return schema;
    },
  });
  return tools;
}
