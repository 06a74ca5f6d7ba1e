import { InvalidToolArgumentsError } from '../errors/invalid-tool-arguments-error.ts';
import { describeToolsForAgent } from './describe-tools-for-agent.ts';
import { type MetaTool, metaTool } from './meta-tool.ts';
import { SEARCH_TOOLS_INPUT_SCHEMA, SEARCH_TOOLS_OUTPUT_SCHEMA } from './meta-tool-schemas.ts';
import { searchSessionTools } from './search-session-tools.ts';

export const SEARCH_TOOLS_SLUG = 'TOOLROUTER_SEARCH_TOOLS';

const PRIMARY = 3;
const RELATED = 5;

/** TOOLROUTER_SEARCH_TOOLS: finds the session's tools for tasks described in plain words. */
export const searchToolsMetaTool: MetaTool = {
  tool: metaTool({
    slug: SEARCH_TOOLS_SLUG,
    name: 'Search tools',
    description: [
      'Find the tools that can do a task, among every app this user may use (GitHub, Gmail, Slack, ...).',
      'Call this FIRST whenever you need to act in an external app and do not already know the exact tool slug and its arguments.',
      'Give one query per distinct task, phrased as what you want done ("create an issue in octo/site about the broken login", "send an email to ann@example.com").',
      'Returns, per query, primary_tool_slugs (best matches) and related_tool_slugs, the input schema of each tool in tool_schemas, whether each app is connected for this user, and next_steps_guidance.',
      'Next: if an app is not connected, connect it with TOOLROUTER_MANAGE_CONNECTIONS and give the user the link; then run the tools with TOOLROUTER_MULTI_EXECUTE_TOOL using arguments that match the schemas.',
    ].join(' '),
    inputSchema: SEARCH_TOOLS_INPUT_SCHEMA,
    outputSchema: SEARCH_TOOLS_OUTPUT_SCHEMA,
    tags: ['readOnlyHint', 'idempotentHint'],
  }),
  async run(args, context) {
    const queries = args.queries as Array<{ use_case: string; known_fields?: string }>;
    if (queries.length === 0) {
      throw new InvalidToolArgumentsError({
        toolSlug: SEARCH_TOOLS_SLUG,
        issues: [{ field: 'queries', message: 'must list at least one query' }],
        message: `${SEARCH_TOOLS_SLUG}: field 'queries' must list at least one query.`,
      });
    }
    const results = [];
    const slugs: string[] = [];
    for (const query of queries) {
      const hits = await searchSessionTools(context.runtime, context.session.config, {
        query: [query.use_case, query.known_fields].filter(Boolean).join(' '),
        limit: PRIMARY + RELATED,
      });
      const best = hits[0]?.score ?? 0;
      const primary = hits.filter(
        (hit, index) => index === 0 || (index < PRIMARY && hit.score >= best * 0.75),
      );
      const related = hits.filter((hit) => !primary.includes(hit)).slice(0, RELATED);
      results.push({
        use_case: query.use_case,
        primary_tool_slugs: primary.map((hit) => hit.slug),
        related_tool_slugs: related.map((hit) => hit.slug),
        toolkits: [...new Set(primary.map((hit) => hit.toolkit))],
      });
      slugs.push(...primary.map((hit) => hit.slug), ...related.map((hit) => hit.slug));
    }
    const described = await describeToolsForAgent(context, [...new Set(slugs)]);
    const empty = results
      .filter((result) => result.primary_tool_slugs.length === 0)
      .map((result) => result.use_case);
    return {
      results,
      tool_schemas: described.schemas,
      toolkit_connection_statuses: described.connections,
      next_steps_guidance: [
        ...described.guidance,
        ...(empty.length
          ? [
              `No tool this session allows matches: ${empty.map((text) => `"${text}"`).join(', ')}. Rephrase with the app and the action, or tell the user it is not available.`,
            ]
          : []),
      ],
    };
  },
};
