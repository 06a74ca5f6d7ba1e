import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { flattenConnection, linearGraphql, paginationProperties } from './linear-graphql.ts';

export const linearCreateComment: ToolDefinition = {
  slug: 'LINEAR_CREATE_COMMENT',
  name: 'Create comment',
  description:
    'Adds a comment to a Linear issue. `body` is Markdown. Give `parentId` to reply in an existing comment thread. Returns the created comment with its `id` and `url`.',
  inputSchema: {
    type: 'object',
    properties: {
      issueId: { type: 'string', description: 'The issue: identifier like "ENG-123" or UUID.' },
      body: {
        type: 'string',
        minLength: 1,
        description: 'Comment text in Markdown, e.g. "Fixed in #482 🎉".',
      },
      parentId: { type: 'string', description: 'UUID of the comment to reply to.' },
    },
    required: ['issueId', 'body'],
    additionalProperties: false,
  },
  handler: async (input, context) => {
    const data = await linearGraphql(
      context,
      `mutation CreateComment($input: CommentCreateInput!) {
        commentCreate(input: $input) { success comment { id body url createdAt user { id name } issue { id identifier } } }
      }`,
      { input: { issueId: input.issueId, body: input.body, parentId: input.parentId } },
    );
    if (!data.commentCreate?.success)
      throw new Error(`Linear did not create the comment on ${input.issueId}`);
    return data.commentCreate.comment;
  },
};

export const linearListTeams: ToolDefinition = {
  slug: 'LINEAR_LIST_TEAMS',
  name: 'List teams',
  description:
    'Lists the Linear teams the connected user can see, with `id` (UUID, needed to create issues), `key` (the issue prefix, e.g. "ENG") and `name`.',
  inputSchema: { type: 'object', properties: { ...paginationProperties }, additionalProperties: false },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (input, context) => {
    const data = await linearGraphql(
      context,
      `query ListTeams($first: Int, $after: String) {
        teams(first: $first, after: $after) { nodes { id key name description } pageInfo { hasNextPage endCursor } }
      }`,
      { first: input.first ?? 50, after: input.after },
    );
    return flattenConnection('teams', data.teams);
  },
};

export const linearListProjects: ToolDefinition = {
  slug: 'LINEAR_LIST_PROJECTS',
  name: 'List projects',
  description:
    'Lists Linear projects with `id`, `name`, `state` (planned, started, completed, ...), `progress` (0 to 1), `targetDate`, `lead`, `url` and their teams; optionally only those of one team or whose name contains a text.',
  inputSchema: {
    type: 'object',
    properties: {
      teamId: { type: 'string', description: 'Only projects of this team (UUID).' },
      nameContains: {
        type: 'string',
        description: 'Only projects whose name contains this text (case-insensitive).',
      },
      ...paginationProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (input, context) => {
    const filter: Record<string, unknown> = {};
    if (input.teamId) filter.accessibleTeams = { some: { id: { eq: input.teamId } } };
    if (input.nameContains) filter.name = { containsIgnoreCase: input.nameContains };
    const data = await linearGraphql(
      context,
      `query ListProjects($filter: ProjectFilter, $first: Int, $after: String) {
        projects(filter: $filter, first: $first, after: $after) {
          nodes { id name description state progress startDate targetDate url lead { id name } teams { nodes { id key name } } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      {
        filter: Object.keys(filter).length > 0 ? filter : undefined,
        first: input.first ?? 50,
        after: input.after,
      },
    );
    return flattenConnection('projects', data.projects);
  },
};

export const linearListWorkflowStates: ToolDefinition = {
  slug: 'LINEAR_LIST_WORKFLOW_STATES',
  name: 'List workflow states',
  description:
    'Lists the workflow states (columns such as Backlog, Todo, In Progress, Done, Canceled) with `id`, `name`, `type` and `team`, optionally for one team. Use a state `id` as `stateId` when creating or updating issues.',
  inputSchema: {
    type: 'object',
    properties: {
      teamId: { type: 'string', description: 'Only the states of this team (UUID).' },
      ...paginationProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (input, context) => {
    const data = await linearGraphql(
      context,
      `query ListWorkflowStates($filter: WorkflowStateFilter, $first: Int, $after: String) {
        workflowStates(filter: $filter, first: $first, after: $after) {
          nodes { id name type position team { id key name } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      {
        filter: input.teamId ? { team: { id: { eq: input.teamId } } } : undefined,
        first: input.first ?? 50,
        after: input.after,
      },
    );
    return flattenConnection('states', data.workflowStates);
  },
};

export const linearListUsers: ToolDefinition = {
  slug: 'LINEAR_LIST_USERS',
  name: 'List users',
  description:
    'Lists the members of the Linear workspace with `id` (UUID, used as assigneeId), `name`, `displayName`, `email` and `active`.',
  inputSchema: { type: 'object', properties: { ...paginationProperties }, additionalProperties: false },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (input, context) => {
    const data = await linearGraphql(
      context,
      `query ListUsers($first: Int, $after: String) {
        users(first: $first, after: $after) { nodes { id name displayName email active } pageInfo { hasNextPage endCursor } }
      }`,
      { first: input.first ?? 50, after: input.after },
    );
    return flattenConnection('users', data.users);
  },
};

export const linearListLabels: ToolDefinition = {
  slug: 'LINEAR_LIST_LABELS',
  name: 'List labels',
  description:
    'Lists issue labels (workspace labels and team labels) with `id`, `name`, `color` and `team`, optionally only those usable in one team. Use label ids as `labelIds` on issues.',
  inputSchema: {
    type: 'object',
    properties: {
      teamId: { type: 'string', description: 'Only labels of this team (UUID).' },
      ...paginationProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (input, context) => {
    const data = await linearGraphql(
      context,
      `query ListLabels($filter: IssueLabelFilter, $first: Int, $after: String) {
        issueLabels(filter: $filter, first: $first, after: $after) {
          nodes { id name color team { id key name } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      {
        filter: input.teamId ? { team: { id: { eq: input.teamId } } } : undefined,
        first: input.first ?? 50,
        after: input.after,
      },
    );
    return flattenConnection('labels', data.issueLabels);
  },
};

export const linearGetViewer: ToolDefinition = {
  slug: 'LINEAR_GET_VIEWER',
  name: 'Get current user',
  description:
    'Returns the connected Linear user (`id`, `name`, `email`) and their organization (`id`, `name`, `urlKey`). Useful to find "my" user id.',
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (_input, context) => {
    const data = await linearGraphql(
      context,
      'query Viewer { viewer { id name displayName email organization { id name urlKey } } }',
    );
    return data.viewer;
  },
};
