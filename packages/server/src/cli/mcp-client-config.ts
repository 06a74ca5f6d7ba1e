import type { SessionMcp } from '@toolrouter/core';

/**
 * The `mcpServers` block MCP clients read (Claude Code, Cursor, VS Code, Windsurf, ...) for one
 * session: paste it into the client's MCP configuration.
 *
 * @example
 * console.log(JSON.stringify(mcpClientConfig(session.mcp), null, 2));
 */
export function mcpClientConfig(mcp: SessionMcp, name = 'toolrouter') {
  return { mcpServers: { [name]: { type: 'http' as const, url: mcp.url, headers: { ...mcp.headers } } } };
}
