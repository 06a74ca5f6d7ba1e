import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { ToolSearchHit } from '../search/search-types.ts';
import type { SessionConfig } from '../session-config/session-config.ts';
import { isToolAllowed } from '../session-config/session-policy.ts';

/** Searches the catalog, keeping only tools the session allows (filters apply before ranking). */
export async function searchSessionTools(
  runtime: RouterRuntime,
  config: SessionConfig,
  { query, toolkits, limit = 10 }: { query: string; toolkits?: string[]; limit?: number },
): Promise<ToolSearchHit[]> {
  const index = runtime.searchIndex();
  const options = {
    limit,
    ...(toolkits ? { toolkits } : {}),
    filter: (slug: string) => {
      const registered = runtime.catalog.findTool(slug);
      return registered !== undefined && isToolAllowed(config, registered.tool);
    },
  };
  try {
    return await index.search(query, options);
  } catch (error) {
    // A failing embedding model must not take tool search down: fall back to the lexical ranking.
    runtime.warn(
      `toolrouter: the search embedder failed (${(error as Error).message}); using lexical search only.`,
    );
    return index.searchLexical(query, options);
  }
}
