import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import type { RemoteRuntime } from './remote-runtime.ts';

/**
 * Applies `modifySchema` to the `tool_schemas` a SEARCH_TOOLS or GET_TOOL_SCHEMAS result carries,
 * as `describeToolsForAgent` does in embedded mode: the agent sees the same modified schemas in
 * both modes.
 */
export async function modifyDescribedSchemas(
  remote: RemoteRuntime,
  result: ToolExecutionResult,
  modifySchema: NonNullable<ToolModifiers['modifySchema']>,
): Promise<ToolExecutionResult> {
  const data = result.data as { tool_schemas?: Record<string, unknown> } | null;
  if (!result.successful || !data?.tool_schemas || typeof data.tool_schemas !== 'object') return result;
  const entries = await Promise.all(
    Object.entries(data.tool_schemas).map(async ([slug, described]) => {
      const tool = await remote.findTool(slug);
      if (!tool) return [slug, described] as const;
      const modified = modifySchema({ toolSlug: slug, toolkit: tool.toolkit, schema: tool });
      return [
        slug,
        {
          toolkit: modified.toolkit,
          name: modified.name,
          description: modified.description,
          input_schema: modified.inputSchema,
          ...(modified.outputSchema ? { output_schema: modified.outputSchema } : {}),
        },
      ] as const;
    }),
  );
  return { ...result, data: { ...data, tool_schemas: Object.fromEntries(entries) } };
}
