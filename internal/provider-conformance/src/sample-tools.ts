import type { Tool } from '@toolrouter/core';

/** An app tool with the schema features a provider must pass through: descriptions, enums, nesting, arrays, optional fields. */
export const sampleTool: Tool = {
  slug: 'SAMPLE_THINGS_LIST',
  name: 'List things',
  description: 'Lists the things of a project, newest first. Use `state` to filter.',
  toolkit: 'sample',
  inputSchema: {
    type: 'object',
    properties: {
      project: { type: 'string', description: 'Project key, e.g. "web".', minLength: 1 },
      state: { type: 'string', enum: ['open', 'closed'], description: 'Only things in this state.' },
      limit: { type: 'integer', minimum: 1, maximum: 100, default: 30 },
      labels: { type: 'array', items: { type: 'string' }, description: 'All of these labels.' },
      owner: {
        type: 'object',
        properties: { login: { type: 'string' }, team: { type: 'string' } },
        required: ['login'],
        additionalProperties: false,
      },
    },
    required: ['project'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint'],
  kind: 'http',
};

/** A second tool, to check order and that each tool runs its own slug. */
export const secondSampleTool: Tool = {
  slug: 'SAMPLE_THING_DELETE',
  name: 'Delete a thing',
  description: 'Deletes a thing by id.',
  toolkit: 'sample',
  inputSchema: {
    type: 'object',
    properties: { id: { type: 'string' } },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['destructiveHint'],
  kind: 'http',
};
