import type { McpSdkServerConfigWithInstance } from '@anthropic-ai/claude-agent-sdk';
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { type ExecuteTool, type Provider, type Tool, toolResultContent } from '@toolrouter/core';
import type { ClaudeAgentSdkTool } from './claude-agent-sdk-tool.ts';
import {
  createToolRouterMcpServer,
  type ToolRouterMcpServerOptions,
} from './create-tool-router-mcp-server.ts';

/**
 * Wraps a session's tools for the Claude Agent SDK: `session.tools()` is an in-process SDK MCP server
 * config (`{ type: 'sdk', name, instance }`) for `mcpServers` of `query()`. The server lists each tool
 * with its JSON Schema as is (no Zod round trip) and its tags as MCP annotations; a call answers with
 * `{ successful, data, error }` as text, `isError` for a failure or an error thrown while running, and
 * the MCP request's abort signal reaches the execution. A server connects to one agent run at a time:
 * call `session.tools()` per `query()`.
 *
 * @example
 * import { query } from '@anthropic-ai/claude-agent-sdk';
 *
 * const router = new ToolRouter({ provider: new ClaudeAgentSdkProvider() });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * for await (const message of query({
 *   prompt: 'Star anthropics/claude-agent-sdk-typescript for me.',
 *   options: { mcpServers: { toolrouter: await session.tools() }, allowedTools: ['mcp__toolrouter__*'] },
 * })) {
 *   if (message.type === 'result' && message.subtype === 'success') console.log(message.result);
 * }
 */
export class ClaudeAgentSdkProvider implements Provider<ClaudeAgentSdkTool, McpSdkServerConfigWithInstance> {
  readonly name = 'claude-agent-sdk';
  readonly #serverOptions: ToolRouterMcpServerOptions;

  /**
   * `serverName` (default `toolrouter`) is the `mcpServers` key, and the tools' prefix `mcp__<serverName>__`;
   * `alwaysLoad` (default `true`) keeps the tools in Claude's prompt instead of behind Claude Code's tool search.
   */
  constructor({
    serverName = 'toolrouter',
    alwaysLoad = true,
  }: { serverName?: string; alwaysLoad?: boolean } = {}) {
    this.#serverOptions = { name: serverName, alwaysLoad };
  }

  wrapTool(tool: Tool, execute: ExecuteTool): ClaudeAgentSdkTool {
    return {
      name: tool.slug,
      description: tool.description,
      inputSchema: tool.inputSchema as ClaudeAgentSdkTool['inputSchema'],
      annotations: annotationsOf(tool),
      handler: async (args, { signal }) => {
        try {
          const result = await execute(tool.slug, args, signal ? { signal } : {});
          return {
            content: [{ type: 'text', text: toolResultContent(result) }],
            ...(result.successful ? {} : { isError: true }),
          };
        } catch (error) {
          if (signal?.aborted) throw error;
          const message = error instanceof Error ? error.message : String(error);
          return {
            content: [
              { type: 'text', text: toolResultContent({ successful: false, data: null, error: message }) },
            ],
            isError: true,
          };
        }
      },
    };
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): McpSdkServerConfigWithInstance {
    return createToolRouterMcpServer(
      tools.map((tool) => this.wrapTool(tool, execute)),
      this.#serverOptions,
    );
  }
}

/** The tool's tags (`readOnlyHint`, `destructiveHint`, ...) as MCP tool annotations, with its name as title. */
function annotationsOf(tool: Tool): ToolAnnotations {
  return { title: tool.name, ...Object.fromEntries(tool.tags.map((tag) => [tag, true])) };
}
