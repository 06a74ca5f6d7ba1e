// Lists a toolrouter session's tools over MCP with the official MCP client and runs
// TOOLROUTER_SEARCH_TOOLS. Against your server:
//   TOOLROUTER_MCP_URL=http://localhost:8080/mcp/ses_... TOOLROUTER_MCP_TOKEN=... pnpm --filter @example/mcp start -- "list my GitHub issues"
// Without TOOLROUTER_MCP_URL it starts a throwaway toolrouter server in this process and uses that.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { createServer, mcpClientConfig } from '@toolrouter/server';
import { exploreSession } from './explore-session.ts';
import { openMcpClient } from './open-mcp-client.ts';

const useCase = process.argv.slice(2).join(' ') || 'get the top stories on Hacker News';
let mcp: { url: string; headers: Record<string, string> };
let stop = async () => {};

if (process.env.TOOLROUTER_MCP_URL) {
  const token = process.env.TOOLROUTER_MCP_TOKEN;
  if (!token) {
    console.error(
      'Set TOOLROUTER_MCP_TOKEN too: the session token from `toolrouter sessions create` or session.mcp.headers.',
    );
    process.exit(1);
  }
  mcp = {
    url: process.env.TOOLROUTER_MCP_URL,
    headers: { Authorization: `Bearer ${token.replace(/^Bearer /, '')}` },
  };
} else {
  // A toolrouter server on a free local port, with a session on two toolkits, gone when this exits.
  const http = createHttpServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const router = new ToolRouter({ store: memoryStore(), baseUrl });
  http.on('request', getRequestListener(createServer(router, { baseUrl }).fetch));
  const session = await router.create('mcp-example-user', { toolkits: ['hackernews', 'github'] });
  mcp = session.mcp;
  stop = async () => {
    http.closeAllConnections();
    http.close();
    await router.close();
  };
  console.log(`No TOOLROUTER_MCP_URL: started a throwaway toolrouter server on ${baseUrl}.\n`);
}

const client = await openMcpClient(mcp);
try {
  const overview = await exploreSession(client, useCase);
  console.log(`MCP server: ${mcp.url}`);
  console.log('Tools:');
  for (const tool of overview.tools) {
    console.log(
      `  ${tool.name}${tool.readOnly ? ' (read-only)' : ''}${tool.destructive ? ' (destructive)' : ''}`,
    );
  }
  console.log(`\nTOOLROUTER_SEARCH_TOOLS "${useCase}":`);
  console.log(`  best:    ${overview.search.primaryToolSlugs.join(', ') || '(none)'}`);
  console.log(`  related: ${overview.search.relatedToolSlugs.join(', ') || '(none)'}`);
  for (const connection of overview.search.connections)
    console.log(`  ${connection.toolkit}: ${connection.status}`);
  for (const line of overview.search.guidance) console.log(`  next: ${line}`);
  if (process.env.TOOLROUTER_MCP_URL) {
    console.log('\nThe same session in an MCP client that speaks HTTP (Cursor, Claude Code, VS Code):');
    console.log(
      JSON.stringify(
        mcpClientConfig({
          type: 'http',
          url: mcp.url,
          headers: { Authorization: mcp.headers.Authorization! },
        }),
        null,
        2,
      ),
    );
  }
} finally {
  await client.close();
  await stop();
}
