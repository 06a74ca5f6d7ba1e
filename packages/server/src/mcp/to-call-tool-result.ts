import type { CallToolResult } from '@modelcontextprotocol/server';
import { type ToolExecutionResult, toolResultContent } from '@toolrouter/core';

/**
 * A toolrouter execution as an MCP `tools/call` result: the JSON text a model reads
 * (`{ successful, data, error }`), `structuredContent` when the data is a JSON object, and
 * `isError` when the call did not succeed.
 *
 * @example
 * toCallToolResult({ successful: true, data: { id: 1 }, error: null, logId: 'log_1' });
 * // { content: [{ type: 'text', text: '{"successful":true,...}' }], structuredContent: { id: 1 } }
 */
export function toCallToolResult(result: ToolExecutionResult): CallToolResult {
  const text = toolResultContent(result);
  if (!result.successful) return { content: [{ type: 'text', text }], isError: true };
  const data = result.data;
  const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
  return {
    content: [{ type: 'text', text }],
    ...(isObject ? { structuredContent: data as Record<string, unknown> } : {}),
  };
}
