import { isToolAllowed } from '../session-config/session-policy.ts';
import { describeToolsForAgent } from './describe-tools-for-agent.ts';
import { type MetaTool, metaTool } from './meta-tool.ts';
import { GET_TOOL_SCHEMAS_INPUT_SCHEMA, GET_TOOL_SCHEMAS_OUTPUT_SCHEMA } from './meta-tool-schemas.ts';

export const GET_TOOL_SCHEMAS_SLUG = 'TOOLROUTER_GET_TOOL_SCHEMAS';

/** TOOLROUTER_GET_TOOL_SCHEMAS: input schemas of tools the agent already knows by slug. */
export const getToolSchemasMetaTool: MetaTool = {
  tool: metaTool({
    slug: GET_TOOL_SCHEMAS_SLUG,
    name: 'Get tool schemas',
    description: [
      'Get the exact input schemas of tools whose slugs you already know (from an earlier TOOLROUTER_SEARCH_TOOLS result or the user).',
      "Use it before TOOLROUTER_MULTI_EXECUTE_TOOL when you are unsure of a tool's arguments.",
      'Returns tool_schemas keyed by slug, not_found for unknown or unavailable slugs, and suggestions of close slugs; if a slug is not found, search with TOOLROUTER_SEARCH_TOOLS instead of guessing.',
    ].join(' '),
    inputSchema: GET_TOOL_SCHEMAS_INPUT_SCHEMA,
    outputSchema: GET_TOOL_SCHEMAS_OUTPUT_SCHEMA,
    tags: ['readOnlyHint', 'idempotentHint'],
  }),
  async run(args, context) {
    const requested = [...new Set((args.tool_slugs as string[]).map((slug) => slug.trim()))];
    const allowed = (slug: string) => {
      const registered =
        context.runtime.catalog.findTool(slug) ?? context.runtime.catalog.findTool(slug.toUpperCase());
      return registered && isToolAllowed(context.session.config, registered.tool)
        ? registered.tool.slug
        : undefined;
    };
    const found: string[] = [];
    const notFound: string[] = [];
    const suggestions: Record<string, string[]> = {};
    for (const slug of requested) {
      const match = allowed(slug);
      if (match) found.push(match);
      else {
        notFound.push(slug);
        suggestions[slug] = context.runtime.catalog.suggestTools(slug, (tool) =>
          isToolAllowed(context.session.config, tool),
        );
      }
    }
    const described = await describeToolsForAgent(context, found);
    return {
      tool_schemas: described.schemas,
      not_found: notFound,
      suggestions,
      toolkit_connection_statuses: described.connections,
      next_steps_guidance: described.guidance,
    };
  },
};
