import { Server } from '@modelcontextprotocol/server';
import type { ToolRouterSession } from '@toolrouter/core';
import { SERVER_VERSION } from './server-version.ts';
import { toCallToolResult } from './to-call-tool-result.ts';
import { advertisedOutputSchema, toMcpTool } from './to-mcp-tool.ts';

const INSTRUCTIONS = [
  'These tools reach the apps this user connected (GitHub, Gmail, Slack, ...).',
  'Start with TOOLROUTER_SEARCH_TOOLS to find the right tool and its arguments, connect apps with',
  'TOOLROUTER_MANAGE_CONNECTIONS when a result says so, then run tools with TOOLROUTER_MULTI_EXECUTE_TOOL.',
].join(' ');

/**
 * A fresh low-level MCP server for one request of one session: `tools/list` shows the session's
 * meta-tools and preloaded tools, `tools/call` runs them for the session's user. Never reused
 * across requests, so one client's responses cannot reach another.
 *
 * @example
 * const server = createSessionMcpServer(await router.sessions.use('ses_1'));
 */
export function createSessionMcpServer(session: ToolRouterSession): Server {
  const server = new Server(
    { name: 'toolrouter', version: SERVER_VERSION },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS },
  );
  server.setRequestHandler('tools/list', async () => ({
    tools: (await session.listTools()).map(toMcpTool),
  }));
  server.setRequestHandler('tools/call', async (request, context) => {
    const { name, arguments: args } = request.params;
    const result = await session.execute(name, args ?? {}, { signal: context.mcpReq.signal });
    const tool = (await session.listTools()).find((candidate) => candidate.slug === name);
    return server.projectCallToolResult(
      toCallToolResult(result),
      tool ? advertisedOutputSchema(tool) : undefined,
    );
  });
  return server;
}
