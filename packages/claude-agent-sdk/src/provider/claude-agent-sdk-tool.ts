import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';

/**
 * One wrapped tool: what the in-process MCP server lists (name, description, the JSON Schema as
 * `inputSchema`, annotations from the tool's tags) and the handler it runs for `tools/call`.
 */
export interface ClaudeAgentSdkTool {
  name: string;
  description: string;
  inputSchema: { type: 'object'; [key: string]: unknown };
  annotations: ToolAnnotations;
  /** Runs the tool; `extra.signal` aborts it (the MCP request's signal when called through the server). */
  handler: (args: unknown, extra: { signal?: AbortSignal }) => Promise<CallToolResult>;
}
