import { Server } from '@modelcontextprotocol/server';
import type { ToolRouterSession } from '@toolrouter/core';
import { SERVER_VERSION } from './server-version.ts';
import type { SessionToolCache } from './session-tool-cache.ts';
import { toCallToolResult } from './to-call-tool-result.ts';

const INSTRUCTIONS = [
  'These tools reach the apps this user connected (GitHub, Gmail, Slack, ...).',
  'Start with TOOLROUTER_SEARCH_TOOLS to find the right tool and its arguments, connect apps with',
  'TOOLROUTER_MANAGE_CONNECTIONS when a result says so, then run tools with TOOLROUTER_MULTI_EXECUTE_TOOL.',
].join(' ');

/**
 * A fresh low-level MCP server for one request of one session: `tools/list` shows the session's
 * meta-tools and preloaded tools, `tools/call` runs them for the session's user and answers with
 * nothing else (the called tool's output schema comes from the tool cache, not a new listing).
 * The server object is never reused across requests, so one client's responses cannot reach
 * another: the SDK refuses a server that is already serving and keeps per-exchange state on it
 * (negotiated version, client identity), and building one costs about 0.01 ms. What is reused is
 * the session's tool descriptions (`tools`, per config version).
 *
 * @example
 * const server = createSessionMcpServer(await router.sessions.use('ses_1'), createSessionToolCache());
 */
export function createSessionMcpServer(session: ToolRouterSession, tools: SessionToolCache): Server {
  const server = new Server(
    { name: 'toolrouter', version: SERVER_VERSION },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS },
  );
  server.setRequestHandler('tools/list', async () => ({ tools: (await tools.get(session)).list }));
  server.setRequestHandler('tools/call', async (request, context) => {
    const { name, arguments: args } = request.params;
    const [result, described] = await Promise.all([
      session.execute(name, args ?? {}, { signal: context.mcpReq.signal }),
      tools.get(session),
    ]);
    return server.projectCallToolResult(toCallToolResult(result), described.outputSchemas.get(name));
  });
  return server;
}
