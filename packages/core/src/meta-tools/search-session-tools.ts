import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SearchableTool, ToolSearchHit } from '../search/search-types.ts';
import type { SessionConfig } from '../session/session-config.ts';
import { isToolAllowed } from '../session/session-policy.ts';

/** Searches the catalog, keeping only tools the session allows (filters apply before ranking). */
export async function searchSessionTools(
  runtime: RouterRuntime,
  config: SessionConfig,
  { query, toolkits, limit = 10 }: { query: string; toolkits?: string[]; limit?: number },
): Promise<ToolSearchHit[]> {
  const index = runtime.searchIndex();
  return index.search(query, {
    limit,
    ...(toolkits ? { toolkits } : {}),
    filter: (slug) => {
      const registered = runtime.catalog.findTool(slug);
      return registered !== undefined && isToolAllowed(config, registered.tool);
    },
  });
}

/** The search engine's view of a catalog tool. */
export function toSearchableTool(tool: SearchableTool): SearchableTool {
  return {
    slug: tool.slug,
    name: tool.name,
    description: tool.description,
    toolkit: tool.toolkit,
    inputSchema: tool.inputSchema,
    ...(tool.tags ? { tags: tool.tags } : {}),
  };
}
