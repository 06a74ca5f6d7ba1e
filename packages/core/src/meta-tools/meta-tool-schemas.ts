import type { JsonSchema } from '@toolrouter/toolkits';

/** An object schema with these properties, the `required` ones required. */
function objectOf(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', properties, required };
}

/** An input object schema: these properties, the `required` ones required, and nothing else. */
function closedObjectOf(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}

/** A list of strings. */
function stringList(): JsonSchema {
  return { type: 'array', items: { type: 'string' } };
}

/** Input of TOOLROUTER_SEARCH_TOOLS. */
export const SEARCH_TOOLS_INPUT_SCHEMA: JsonSchema = closedObjectOf(
  {
    queries: {
      type: 'array',
      minItems: 1,
      maxItems: 10,
      description: 'One entry per distinct task.',
      items: closedObjectOf(
        {
          use_case: {
            type: 'string',
            minLength: 1,
            description:
              'The task in plain words, with the app if known, e.g. "star the repository octo/site on GitHub".',
          },
          known_fields: {
            type: 'string',
            description: 'Values you already know, e.g. "owner: octo, repo: site". Helps ranking.',
          },
        },
        ['use_case'],
      ),
    },
  },
  ['queries'],
);

const TOOL_SCHEMAS: JsonSchema = {
  type: 'object',
  description: 'Keyed by tool slug.',
  additionalProperties: objectOf(
    {
      toolkit: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      input_schema: { type: 'object' },
      output_schema: { type: 'object' },
    },
    ['toolkit', 'name', 'description', 'input_schema'],
  ),
};

const CONNECTION_STATUSES: JsonSchema = {
  type: 'array',
  items: objectOf(
    {
      toolkit: { type: 'string' },
      status: { type: 'string', enum: ['active', 'not_connected', 'no_auth'] },
      has_active_connection: { type: 'boolean' },
      connected_account_id: { type: 'string' },
      connected_account_status: { type: 'string' },
      accounts: {
        type: 'array',
        description: "The user's ACTIVE accounts of the toolkit, newest first; name one in account.",
        items: objectOf(
          {
            id: { type: 'string' },
            alias: { type: ['string', 'null'] },
            label: { type: ['string', 'null'] },
          },
          ['id', 'alias', 'label'],
        ),
      },
    },
    ['toolkit', 'status', 'has_active_connection'],
  ),
};

/** Output of TOOLROUTER_SEARCH_TOOLS. */
export const SEARCH_TOOLS_OUTPUT_SCHEMA: JsonSchema = objectOf(
  {
    results: {
      type: 'array',
      items: objectOf(
        {
          use_case: { type: 'string' },
          primary_tool_slugs: stringList(),
          related_tool_slugs: stringList(),
          toolkits: stringList(),
        },
        ['use_case', 'primary_tool_slugs', 'related_tool_slugs', 'toolkits'],
      ),
    },
    tool_schemas: TOOL_SCHEMAS,
    toolkit_connection_statuses: CONNECTION_STATUSES,
    next_steps_guidance: stringList(),
  },
  ['results', 'tool_schemas', 'toolkit_connection_statuses', 'next_steps_guidance'],
);

/** Input of TOOLROUTER_GET_TOOL_SCHEMAS. */
export const GET_TOOL_SCHEMAS_INPUT_SCHEMA: JsonSchema = closedObjectOf(
  {
    tool_slugs: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: { type: 'string', minLength: 1 },
      description: 'Tool slugs such as "GITHUB_ISSUES_CREATE".',
    },
  },
  ['tool_slugs'],
);

/** Output of TOOLROUTER_GET_TOOL_SCHEMAS. */
export const GET_TOOL_SCHEMAS_OUTPUT_SCHEMA: JsonSchema = objectOf(
  {
    tool_schemas: TOOL_SCHEMAS,
    not_found: stringList(),
    suggestions: { type: 'object', additionalProperties: stringList() },
    toolkit_connection_statuses: CONNECTION_STATUSES,
    next_steps_guidance: stringList(),
  },
  ['tool_schemas', 'not_found', 'suggestions'],
);

/** Input of TOOLROUTER_MULTI_EXECUTE_TOOL. */
export const MULTI_EXECUTE_INPUT_SCHEMA: JsonSchema = closedObjectOf(
  {
    tools: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: closedObjectOf(
        {
          tool_slug: {
            type: 'string',
            minLength: 1,
            description: 'Exact slug, e.g. "GITHUB_ISSUES_CREATE".',
          },
          arguments: {
            type: ['object', 'string'],
            description: "Arguments matching the tool's input_schema (an object; a JSON string is accepted).",
          },
          account: {
            type: 'string',
            description:
              "Optional: the id or alias of the user's connected account to run with (see accounts in toolkit_connection_statuses).",
          },
        },
        ['tool_slug', 'arguments'],
      ),
    },
    thought: { type: 'string', description: 'Optional: one sentence on why these calls.' },
  },
  ['tools'],
);

/** Output of TOOLROUTER_MULTI_EXECUTE_TOOL. */
export const MULTI_EXECUTE_OUTPUT_SCHEMA: JsonSchema = objectOf(
  {
    results: {
      type: 'array',
      items: objectOf(
        {
          tool_slug: { type: 'string' },
          successful: { type: 'boolean' },
          data: {},
          error: { type: ['string', 'null'] },
        },
        ['tool_slug', 'successful', 'data', 'error'],
      ),
    },
    successful_count: { type: 'integer' },
    failed_count: { type: 'integer' },
    summary: { type: 'string', description: 'When some calls failed: how many, and why.' },
  },
  ['results', 'successful_count', 'failed_count'],
);
