import type { JsonSchema } from '@toolrouter/toolkits';

const TOOLKITS: JsonSchema = {
  type: 'array',
  minItems: 1,
  maxItems: 20,
  description: 'Toolkit slugs such as "github" or "gmail", as TOOLROUTER_SEARCH_TOOLS reports them.',
  items: { type: 'string', minLength: 1 },
};

/** Input of TOOLROUTER_MANAGE_CONNECTIONS. */
export const MANAGE_CONNECTIONS_INPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    toolkits: TOOLKITS,
    reinitiate_all: {
      type: 'boolean',
      description:
        'Make connect links even for toolkits that are already connected (to reconnect or add another account). Default false.',
    },
    add_account: {
      type: 'boolean',
      description:
        'Connect one more account of these toolkits beside the ones the user has (multi-account sessions, up to their maximum). Default false.',
    },
  },
  required: ['toolkits'],
  additionalProperties: false,
};

const RESULT: JsonSchema = {
  type: 'object',
  properties: {
    toolkit: { type: 'string' },
    status: {
      type: 'string',
      enum: ['active', 'initiated', 'failed', 'no_auth', 'not_started'],
      description:
        'active: ready to use. initiated: the user must open redirect_url. failed: see message. no_auth: needs no connection. not_started: no connection is pending.',
    },
    redirect_url: {
      type: 'string',
      description: 'The connect link to show the user (valid 10 minutes, single use).',
    },
    connected_account_id: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['toolkit', 'status', 'message'],
};

/** Output of TOOLROUTER_MANAGE_CONNECTIONS. */
export const MANAGE_CONNECTIONS_OUTPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    results: { type: 'array', items: RESULT },
    next_steps_guidance: { type: 'array', items: { type: 'string' } },
  },
  required: ['results', 'next_steps_guidance'],
};

/** Input of TOOLROUTER_WAIT_FOR_CONNECTIONS. */
export const WAIT_FOR_CONNECTIONS_INPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    toolkits: TOOLKITS,
    timeout_seconds: {
      type: 'integer',
      minimum: 1,
      maximum: 300,
      description: 'How long to wait for the user at most. Default 60.',
    },
  },
  required: ['toolkits'],
  additionalProperties: false,
};

/** Output of TOOLROUTER_WAIT_FOR_CONNECTIONS. */
export const WAIT_FOR_CONNECTIONS_OUTPUT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    results: { type: 'array', items: RESULT },
    all_active: { type: 'boolean' },
    next_steps_guidance: { type: 'array', items: { type: 'string' } },
  },
  required: ['results', 'all_active', 'next_steps_guidance'],
};
