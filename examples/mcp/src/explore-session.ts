import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { resultOf } from './open-mcp-client.ts';

export interface SessionOverview {
  /** The tools the session shows an MCP client: the meta-tools (and any preloaded tools). */
  tools: Array<{ name: string; readOnly: boolean; destructive: boolean }>;
  /** What TOOLROUTER_SEARCH_TOOLS found for the task. */
  search: {
    primaryToolSlugs: string[];
    relatedToolSlugs: string[];
    connections: Array<{ toolkit: string; status: string }>;
    guidance: string[];
  };
}

/**
 * Lists a session's tools over MCP and asks TOOLROUTER_SEARCH_TOOLS which tools do `useCase`, as an
 * agent in any MCP client would.
 *
 * @example
 * const overview = await exploreSession(client, 'list my open GitHub issues');
 * console.log(overview.search.primaryToolSlugs); // ['GITHUB_ISSUES_LIST_FOR_AUTHENTICATED_USER', ...]
 */
export async function exploreSession(client: Client, useCase: string): Promise<SessionOverview> {
  const { tools } = await client.listTools();
  const search = resultOf(
    await client.callTool({
      name: 'TOOLROUTER_SEARCH_TOOLS',
      arguments: { queries: [{ use_case: useCase }] },
    }),
  );
  if (!search.successful) throw new Error(`TOOLROUTER_SEARCH_TOOLS failed: ${search.error}`);
  const found = search.data.results[0] ?? { primary_tool_slugs: [], related_tool_slugs: [] };
  return {
    tools: tools.map((tool) => ({
      name: tool.name,
      readOnly: tool.annotations?.readOnlyHint === true,
      destructive: tool.annotations?.destructiveHint === true,
    })),
    search: {
      primaryToolSlugs: found.primary_tool_slugs,
      relatedToolSlugs: found.related_tool_slugs,
      connections: search.data.toolkit_connection_statuses.map(
        (status: { toolkit: string; status: string }) => ({
          toolkit: status.toolkit,
          status: status.status,
        }),
      ),
      guidance: search.data.next_steps_guidance,
    },
  };
}
