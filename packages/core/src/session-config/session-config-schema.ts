// biome-ignore-all lint/suspicious/noThenProperty: JSON Schema's if/then/else keywords, never awaited.
import { TAGS } from '@toolrouter/toolkits';

/** The values of `sessionPreset`. */
export const SESSION_PRESETS = ['default', 'direct_tools'] as const;

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`);

// `x-message` is how a failure under a node is worded for the caller: a string covers every failure
// in the node's subtree (the innermost node with one wins), an object maps a failing keyword raised
// at the node itself to its wording. `{field}` is the node's dotted path (array indexes left out),
// `{key}` the unknown or missing key, `{value}` the offending value, `{allowed}` the node's known keys.
// Unions are written as if/then/else (not oneOf) so a failure is reported from the branch that applies.

const stringList = {
  type: 'array',
  items: { type: 'string', 'x-message': '{field} must list strings.' },
} as const;

const toggleList = {
  if: { type: 'array' },
  then: stringList,
  else: {
    type: 'object',
    minProperties: 1,
    maxProperties: 1,
    properties: { enable: stringList, disable: stringList },
    additionalProperties: false,
  },
  'x-message': '{field} must be an array, { enable: [...] } or { disable: [...] }.',
} as const;

const tagList = {
  type: 'array',
  items: {
    enum: TAGS,
    'x-message': `{field} has unknown tag '{value}'; use ${TAGS.join(', ')}.`,
  },
  'x-message': `{field} must be an array of tags (${TAGS.join(', ')}).`,
} as const;

const flag = { type: 'boolean', 'x-message': '{field} must be true or false.' } as const;

/**
 * JSON Schema (2020-12) of {@link SessionConfig}: the one description of its shape, used to
 * validate every config and served in the REST API's OpenAPI document. Slugs and ids in it are
 * checked against the catalog and the store separately.
 *
 * @example
 * new Ajv2020().validate(SESSION_CONFIG_SCHEMA, { toolkits: ['github'] }); // true
 */
export const SESSION_CONFIG_SCHEMA = {
  type: 'object',
  description: 'What a session may use. Unknown keys are a validation error that names the key.',
  additionalProperties: false,
  'x-message': {
    type: '{field} must be an object.',
    additionalProperties: "Unknown session config key '{key}'. Allowed keys: {allowed}.",
  },
  properties: {
    toolkits: { description: 'An array enables; `{ enable }` or `{ disable }` toggles.', ...toggleList },
    tools: {
      type: 'object',
      description: 'Per-toolkit tool filter: slugs, `{ enable }`, `{ disable }` or `{ tags }`.',
      additionalProperties: {
        if: { type: 'object', required: ['tags'] },
        then: { type: 'object', properties: { tags: tagList }, additionalProperties: false },
        else: toggleList,
      },
    },
    tags: {
      description: 'Tags a tool must carry (an array, or `enable`), or must not carry (`disable`).',
      if: { type: 'array' },
      then: tagList,
      else: {
        type: 'object',
        properties: { enable: tagList, disable: tagList },
        additionalProperties: false,
        'x-message': {
          type: '{field} must be an array of tags or { enable, disable }.',
          additionalProperties: 'Unknown key {field}; use tags.enable or tags.disable.',
        },
      },
    },
    authConfigs: {
      type: 'object',
      description: 'The auth config new connections of a toolkit go to.',
      additionalProperties: { type: 'string', minLength: 1, 'x-message': '{field} must be an id string.' },
    },
    connectedAccounts: {
      type: 'object',
      description: 'One pinned account per toolkit, or the set the agent may choose from.',
      additionalProperties: {
        if: { type: 'array' },
        then: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', minLength: 1 },
          'x-message': { uniqueItems: '{field} lists an account twice.' },
        },
        else: { type: 'string', minLength: 1 },
        'x-message': '{field} must be an account id, or a non-empty array of account ids.',
      },
    },
    manageConnections: {
      description: 'Whether the agent gets TOOLROUTER_MANAGE_CONNECTIONS (default true), and its options.',
      if: { type: 'boolean' },
      else: {
        type: 'object',
        properties: {
          enable: flag,
          callbackUrl: {
            type: 'string',
            format: 'uri',
            'x-message': '{field} must be an absolute URL.',
          },
          waitForConnections: flag,
        },
        additionalProperties: false,
        'x-message': { type: '{field} must be true, false or an object.' },
      },
    },
    preload: {
      type: 'object',
      description: "App tools exposed directly beside the meta-tools; `'all'`: every tool the filters allow.",
      required: ['tools'],
      properties: {
        tools: {
          if: { type: 'array' },
          then: { type: 'array', items: { type: 'string' } },
          else: { const: 'all' },
          'x-message': "{field} must be an array of tool slugs, or 'all'.",
        },
      },
      additionalProperties: false,
    },
    multiAccount: {
      type: 'object',
      properties: {
        enable: flag,
        maxAccountsPerToolkit: {
          type: 'integer',
          minimum: 2,
          maximum: 10,
          default: 5,
          'x-message': '{field} must be an integer from 2 to 10 (default 5).',
        },
        requireExplicitSelection: flag,
      },
      additionalProperties: false,
    },
    sessionPreset: {
      type: 'string',
      enum: SESSION_PRESETS,
      'x-message': `{field} must be ${quoted(SESSION_PRESETS).join(' or ')}.`,
    },
    metaTools: {
      type: 'object',
      properties: { search: flag, execute: flag },
      additionalProperties: false,
    },
    mcp: {
      type: 'boolean',
      description: 'Accepted for Composio compatibility; every session has an MCP URL.',
      'x-message': '{field} must be true or false (every session has an MCP URL either way).',
    },
  },
} as const;
