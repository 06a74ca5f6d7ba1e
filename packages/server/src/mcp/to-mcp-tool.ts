import type { Tool as McpTool } from '@modelcontextprotocol/server';
import type { Tag, Tool } from '@toolrouter/core';

const HINTS: readonly Tag[] = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'];

/**
 * A toolrouter tool as MCP lists it: JSON Schema passed through, the four behaviour hints from
 * the tool's tags as `annotations` (a tag present is true, absent is false), and the output schema
 * when the router guarantees its results match it (meta-tools).
 *
 * @example
 * toMcpTool(searchTool).annotations; // { title: 'Search tools', readOnlyHint: true, destructiveHint: false, ... }
 */
export function toMcpTool(tool: Tool): McpTool {
  const annotations: NonNullable<McpTool['annotations']> = { title: tool.name };
  for (const hint of HINTS) annotations[hint] = tool.tags.includes(hint);
  const outputSchema = advertisedOutputSchema(tool);
  return {
    name: tool.slug,
    title: tool.name,
    description: tool.description,
    inputSchema: { ...tool.inputSchema, type: 'object' } as McpTool['inputSchema'],
    ...(outputSchema ? { outputSchema: outputSchema as McpTool['outputSchema'] } : {}),
    annotations,
  };
}

/**
 * The output schema MCP clients may validate `structuredContent` against: only meta-tools', whose
 * results the router builds itself. App tools' results can be trimmed for the model, so their
 * schemas are not promised.
 */
export function advertisedOutputSchema(tool: Tool): Record<string, unknown> | undefined {
  if (tool.kind !== 'meta' || !tool.outputSchema || tool.outputSchema.type !== 'object') return undefined;
  return tool.outputSchema;
}
