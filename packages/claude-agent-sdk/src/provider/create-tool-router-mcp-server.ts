import type { McpSdkServerConfigWithInstance } from '@anthropic-ai/claude-agent-sdk';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { ClaudeAgentSdkTool } from './claude-agent-sdk-tool.ts';

export interface ToolRouterMcpServerOptions {
  /** The server's name: the key to use in `mcpServers`, and the middle of the tool names (`mcp__toolrouter__...`). */
  name?: string;
  version?: string;
  /**
   * List the tools with `_meta['anthropic/alwaysLoad']`, so Claude Code always puts them in the prompt
   * instead of deferring them behind its own tool search (as `createSdkMcpServer({ alwaysLoad })` does).
   * Default `true`: toolrouter's few meta-tools are the way into every app, and belong in view.
   */
  alwaysLoad?: boolean;
}

/**
 * An in-process MCP server for the Claude Agent SDK (`mcpServers` of `query()`), serving the given tools
 * with their JSON Schema as is. It does what `createSdkMcpServer` does, without its Zod shapes: the
 * server answers `tools/list` and `tools/call` itself.
 *
 * @example
 * const server = createToolRouterMcpServer(tools, { name: 'toolrouter' });
 * query({ prompt, options: { mcpServers: { toolrouter: server }, allowedTools: ['mcp__toolrouter__*'] } });
 */
export function createToolRouterMcpServer(
  tools: readonly ClaudeAgentSdkTool[],
  { name = 'toolrouter', version = '1.0.0', alwaysLoad = true }: ToolRouterMcpServerOptions = {},
): McpSdkServerConfigWithInstance {
  const instance = new McpServer({ name, version }, { capabilities: { tools: {} } });
  instance.server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: tools.map(({ name, description, inputSchema, annotations }) => ({
      name,
      description,
      inputSchema,
      annotations,
      ...(alwaysLoad ? { _meta: { 'anthropic/alwaysLoad': true } } : {}),
    })),
  }));
  instance.server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const tool = tools.find((candidate) => candidate.name === request.params.name);
    if (!tool) {
      return {
        content: [{ type: 'text', text: `Tool '${request.params.name}' is not on this server.` }],
        isError: true,
      };
    }
    return tool.handler(request.params.arguments ?? {}, { signal: extra.signal });
  });
  return { type: 'sdk', name, instance };
}
