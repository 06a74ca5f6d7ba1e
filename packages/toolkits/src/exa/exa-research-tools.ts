import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

export const exaCreateResearchTask: ToolDefinition = {
  slug: 'EXA_CREATE_RESEARCH_TASK',
  name: 'Start research task',
  description:
    'Starts an asynchronous Exa research task: an agent that plans, searches and reads many pages, then writes a cited report (or JSON matching `outputSchema`). Takes from seconds to minutes. Returns the task with its `researchId` and `status` ("pending"); poll EXA_GET_RESEARCH_TASK until `status` is "completed" (or "failed"/"canceled").',
  inputSchema: {
    type: 'object',
    properties: {
      instructions: {
        type: 'string',
        minLength: 1,
        description:
          'What to research and how the result should look, e.g. "Compare the pricing of the top 5 vector databases; give a table with free tier, price per GB and hosting options."',
      },
      model: {
        type: 'string',
        enum: ['exa-research-fast', 'exa-research', 'exa-research-pro'],
        description:
          '"exa-research-fast" (cheapest), "exa-research" (default, balanced) or "exa-research-pro" (most thorough).',
      },
      outputSchema: {
        type: 'object',
        description:
          'Optional JSON Schema for a structured result, returned parsed in `output.parsed`, e.g. {"type":"object","properties":{"companies":{"type":"array","items":{"type":"string"}}},"required":["companies"]}.',
      },
    },
    required: ['instructions'],
    additionalProperties: false,
  },
  tags: ['openWorldHint'],
  request: { method: 'POST', path: '/research/v1' },
};

export const exaGetResearchTask: ToolDefinition = {
  slug: 'EXA_GET_RESEARCH_TASK',
  name: 'Get research task',
  description:
    'Gets the status and, once done, the result of an Exa research task. `status` is pending, running, completed, failed or canceled; when completed, `output.content` holds the report (and `output.parsed` the structured result if an outputSchema was given) and `costDollars` the cost.',
  inputSchema: {
    type: 'object',
    properties: {
      researchId: {
        type: 'string',
        minLength: 1,
        description: 'The `researchId` returned by EXA_CREATE_RESEARCH_TASK.',
      },
      events: {
        type: 'boolean',
        description: 'Also return the log of searches and steps the agent took. Default false.',
      },
    },
    required: ['researchId'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint'],
  request: { method: 'GET', path: '/research/v1/{researchId}' },
};

export const exaListResearchTasks: ToolDefinition = {
  slug: 'EXA_LIST_RESEARCH_TASKS',
  name: 'List research tasks',
  description:
    'Lists your Exa research tasks, newest first, with their `researchId`, `instructions` and `status`. Returns `data`, `hasMore` and `nextCursor` for the next page.',
  inputSchema: {
    type: 'object',
    properties: {
      cursor: { type: 'string', description: 'The `nextCursor` of the previous page.' },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 50,
        description: 'Tasks per page, 1 to 50. Default 10.',
      },
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/research/v1' },
};
