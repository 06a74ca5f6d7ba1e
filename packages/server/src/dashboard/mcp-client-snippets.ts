import type { SessionMcp } from '@toolrouter/core';

/** One MCP client's configuration for a session: where it goes and what to paste. */
export interface McpClientSnippet {
  client: string;
  where: string;
  text: string;
}

/**
 * Ready-to-paste MCP client configurations for one session: Claude Desktop (through the
 * `mcp-remote` bridge, as it speaks stdio only), Cursor, VS Code and Claude Code.
 *
 * @example
 * mcpClientSnippets(session.mcp).map((snippet) => snippet.client); // ['Claude Desktop', 'Cursor', 'VS Code', 'Claude Code']
 */
export function mcpClientSnippets(mcp: SessionMcp, name = 'toolrouter'): McpClientSnippet[] {
  const authorization = mcp.headers.Authorization ?? '';
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return [
    {
      client: 'Claude Desktop',
      where: 'claude_desktop_config.json (Settings → Developer → Edit Config)',
      text: json({
        mcpServers: {
          [name]: {
            command: 'npx',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: mcp-remote expands ${AUTH_HEADER} from env itself.
            args: ['-y', 'mcp-remote', mcp.url, '--header', 'Authorization:${AUTH_HEADER}'],
            env: { AUTH_HEADER: authorization },
          },
        },
      }),
    },
    {
      client: 'Cursor',
      where: '~/.cursor/mcp.json (or .cursor/mcp.json in a project)',
      text: json({ mcpServers: { [name]: { url: mcp.url, headers: { Authorization: authorization } } } }),
    },
    {
      client: 'VS Code',
      where: '.vscode/mcp.json in the workspace',
      text: json({
        servers: { [name]: { type: 'http', url: mcp.url, headers: { Authorization: authorization } } },
      }),
    },
    {
      client: 'Claude Code',
      where: 'a terminal',
      text: `claude mcp add --transport http ${name} ${mcp.url} --header "Authorization: ${authorization}"`,
    },
  ];
}
