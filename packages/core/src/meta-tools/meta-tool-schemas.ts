import type { JsonSchema } from '@toolrouter/toolkits';

/** Input of TOOLROUTER_SEARCH_TOOLS. */
export const SEARCH_TOOLS_INPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    queries: {
      type: 'array',
      minItems: 1,
      maxItems: 10,
      description: 'One entry per distinct task.',
      items: {
        type: 'object',
        properties: {
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
        required: ['use_case'],
        additionalProperties: false,
      },
    },
  },
  required: ['queries'],
  additionalProperties: false,
};

const TOOL_SCHEMAS: JsonSchema = {
  type: 'object',
  description: 'Keyed by tool slug.',
  additionalProperties: {
    type: 'object',
    properties: {
      toolkit: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      input_schema: { type: 'object' },
      output_schema: { type: 'object' },
    },
    required: ['toolkit', 'name', 'description', 'input_schema'],
  },
};

const CONNECTION_STATUSES: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      toolkit: { type: 'string' },
      status: { type: 'string', enum: ['active', 'not_connected', 'no_auth'] },
      has_active_connection: { type: 'boolean' },
      connected_account_id: { type: 'string' },
      connected_account_status: { type: 'string' },
      accounts: {
        type: 'array',
        description: "The user's ACTIVE accounts of the toolkit, newest first; name one in account.",
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            alias: { type: ['string', 'null'] },
            label: { type: ['string', 'null'] },
          },
          required: ['id', 'alias', 'label'],
        },
      },
    },
    required: ['toolkit', 'status', 'has_active_connection'],
  },
};

/** Output of TOOLROUTER_SEARCH_TOOLS. */
export const SEARCH_TOOLS_OUTPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    results: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          use_case: { type: 'string' },
          primary_tool_slugs: { type: 'array', items: { type: 'string' } },
          related_tool_slugs: { type: 'array', items: { type: 'string' } },
          toolkits: { type: 'array', items: { type: 'string' } },
        },
        required: ['use_case', 'primary_tool_slugs', 'related_tool_slugs', 'toolkits'],
      },
    },
    tool_schemas: TOOL_SCHEMAS,
    toolkit_connection_statuses: CONNECTION_STATUSES,
    next_steps_guidance: { type: 'array', items: { type: 'string' } },
  },
  required: ['results', 'tool_schemas', 'toolkit_connection_statuses', 'next_steps_guidance'],
};

/** Input of TOOLROUTER_GET_TOOL_SCHEMAS. */
export const GET_TOOL_SCHEMAS_INPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    tool_slugs: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: { type: 'string', minLength: 1 },
      description: 'Tool slugs such as "GITHUB_ISSUES_CREATE".',
    },
  },
  required: ['tool_slugs'],
  additionalProperties: false,
};

/** Output of TOOLROUTER_GET_TOOL_SCHEMAS. */
export const GET_TOOL_SCHEMAS_OUTPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    tool_schemas: TOOL_SCHEMAS,
    not_found: { type: 'array', items: { type: 'string' } },
    suggestions: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    toolkit_connection_statuses: CONNECTION_STATUSES,
    next_steps_guidance: { type: 'array', items: { type: 'string' } },
  },
  required: ['tool_schemas', 'not_found', 'suggestions'],
};

/** Input of TOOLROUTER_MULTI_EXECUTE_TOOL. */
export const MULTI_EXECUTE_INPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    tools: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
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
        required: ['tool_slug', 'arguments'],
        additionalProperties: false,
      },
    },
    thought: { type: 'string', description: 'Optional: one sentence on why these calls.' },
  },
  required: ['tools'],
  additionalProperties: false,
};

/** Output of TOOLROUTER_MULTI_EXECUTE_TOOL. */
export const MULTI_EXECUTE_OUTPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    results: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          tool_slug: { type: 'string' },
          successful: { type: 'boolean' },
          data: {},
          error: { type: ['string', 'null'] },
        },
        required: ['tool_slug', 'successful', 'data', 'error'],
      },
    },
    successful_count: { type: 'integer' },
    failed_count: { type: 'integer' },
    summary: { type: 'string', description: 'When some calls failed: how many, and why.' },
  },
  required: ['results', 'successful_count', 'failed_count'],
};
