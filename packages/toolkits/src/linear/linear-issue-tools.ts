import type { JsonSchema, ToolContext, ToolDefinition } from '../toolkit/toolkit-types.ts';
import {
  flattenConnection,
  ISSUE_SUMMARY_FIELDS,
  linearGraphql,
  paginationProperties,
  withoutUndefined,
} from './linear-graphql.ts';

const ISSUE_DETAIL_FIELDS = `
  ${ISSUE_SUMMARY_FIELDS}
  description
  creator { id name }
  cycle { id number name }
  parent { id identifier title }
  children { nodes { id identifier title state { name } } }
  comments(first: 50) { nodes { id body createdAt user { id name } } }
`;

const issueIdSchema: JsonSchema = {
  type: 'string',
  description: 'The issue: its identifier like "ENG-123" or its UUID.',
};

/** Issue fields shared by create and update, named as in Linear's IssueCreateInput / IssueUpdateInput. */
const issueFieldProperties: Record<string, JsonSchema> = {
  description: { type: 'string', description: 'Issue description in Markdown.' },
  assigneeId: {
    type: ['string', 'null'],
    description: 'UUID of the user to assign (see LINEAR_LIST_USERS); null unassigns.',
  },
  priority: {
    type: 'integer',
    minimum: 0,
    maximum: 4,
    description: 'Priority: 0 = none, 1 = urgent, 2 = high, 3 = medium, 4 = low.',
  },
  stateId: { type: 'string', description: 'UUID of the workflow state (see LINEAR_LIST_WORKFLOW_STATES).' },
  stateName: {
    type: 'string',
    description:
      'Name of the workflow state, e.g. "In Progress" or "Done", matched case-insensitively within the team; used when stateId is not given.',
  },
  labelIds: {
    type: 'array',
    items: { type: 'string' },
    description: 'UUIDs of labels (see LINEAR_LIST_LABELS). On update this replaces all labels.',
  },
  projectId: {
    type: ['string', 'null'],
    description: 'UUID of the project (see LINEAR_LIST_PROJECTS); null removes it.',
  },
  estimate: { type: 'integer', minimum: 0, description: "Estimate in the team's points, e.g. 3." },
  dueDate: {
    type: ['string', 'null'],
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: 'Due date as YYYY-MM-DD, e.g. "2025-03-31"; null clears it.',
  },
  parentId: { type: 'string', description: 'UUID of the parent issue, making this a sub-issue.' },
};

export const linearCreateIssue: ToolDefinition = {
  slug: 'LINEAR_CREATE_ISSUE',
  name: 'Create issue',
  description:
    'Creates a Linear issue in a team. Needs the team UUID (LINEAR_LIST_TEAMS) and a title; optionally a Markdown description, assignee, priority, workflow state (by id or name), labels, project, estimate, due date and parent issue. Returns the created issue with its `identifier` (e.g. "ENG-123") and `url`.',
  inputSchema: {
    type: 'object',
    properties: {
      teamId: {
        type: 'string',
        description: 'UUID of the team the issue belongs to (see LINEAR_LIST_TEAMS).',
      },
      title: {
        type: 'string',
        minLength: 1,
        description: 'Issue title, e.g. "Login page crashes on Safari".',
      },
      ...issueFieldProperties,
    },
    required: ['teamId', 'title'],
    additionalProperties: false,
  },
  handler: async (input, context) => {
    const { stateName, ...fields } = input;
    const stateId =
      fields.stateId ??
      (stateName ? await teamStateId(context, fields.teamId as string, stateName as string) : undefined);
    const data = await linearGraphql(
      context,
      `mutation CreateIssue($input: IssueCreateInput!) {
        issueCreate(input: $input) { success issue { ${ISSUE_SUMMARY_FIELDS} } }
      }`,
      { input: withoutUndefined({ ...fields, stateId }) },
    );
    if (!data.issueCreate?.success) throw new Error('Linear did not create the issue');
    return data.issueCreate.issue;
  },
};

export const linearUpdateIssue: ToolDefinition = {
  slug: 'LINEAR_UPDATE_ISSUE',
  name: 'Update issue',
  description:
    'Updates a Linear issue: title, description, assignee, priority, workflow state (by id or by name, e.g. stateName "Done" to close it), labels, project, estimate, due date or parent. Only the fields you pass change. Returns the updated issue.',
  inputSchema: {
    type: 'object',
    properties: {
      id: issueIdSchema,
      title: { type: 'string', minLength: 1, description: 'New title.' },
      ...issueFieldProperties,
    },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['idempotentHint'],
  handler: async (input, context) => {
    const { id, stateName, ...fields } = input;
    const stateId =
      fields.stateId ??
      (stateName ? await issueStateId(context, id as string, stateName as string) : undefined);
    const data = await linearGraphql(
      context,
      `mutation UpdateIssue($id: String!, $input: IssueUpdateInput!) {
        issueUpdate(id: $id, input: $input) { success issue { ${ISSUE_SUMMARY_FIELDS} } }
      }`,
      { id, input: withoutUndefined({ ...fields, stateId }) },
    );
    if (!data.issueUpdate?.success) throw new Error(`Linear did not update issue ${id}`);
    return data.issueUpdate.issue;
  },
};

export const linearGetIssue: ToolDefinition = {
  slug: 'LINEAR_GET_ISSUE',
  name: 'Get issue',
  description:
    'Retrieves one Linear issue by identifier (e.g. "ENG-123") or UUID, with its description, state, assignee, labels, project, cycle, parent, sub-issues and up to 50 comments.',
  inputSchema: {
    type: 'object',
    properties: { id: issueIdSchema },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (input, context) => {
    const data = await linearGraphql(
      context,
      `query GetIssue($id: String!) { issue(id: $id) { ${ISSUE_DETAIL_FIELDS} } }`,
      {
        id: input.id,
      },
    );
    return data.issue;
  },
};

export const linearListIssues: ToolDefinition = {
  slug: 'LINEAR_LIST_ISSUES',
  name: 'List issues',
  description:
    'Lists Linear issues matching filters (all filters combine with AND), newest first by default: by team, assignee (or `assignedToMe`), workflow state name or type, priority, label, project or title text. Returns `issues` (identifier, title, state, assignee, priority, labels, url, ...) and `pageInfo` ({ hasNextPage, endCursor }) for paging. Use LINEAR_SEARCH_ISSUES for full-text search.',
  inputSchema: {
    type: 'object',
    properties: {
      teamId: { type: 'string', description: 'Only issues of this team (UUID).' },
      assigneeId: { type: 'string', description: 'Only issues assigned to this user (UUID).' },
      assignedToMe: { type: 'boolean', description: 'true: only issues assigned to the connected user.' },
      stateName: {
        type: 'string',
        description: 'Only issues in a state with this name (case-insensitive), e.g. "In Progress".',
      },
      stateType: {
        type: 'string',
        enum: ['triage', 'backlog', 'unstarted', 'started', 'completed', 'canceled'],
        description:
          'Only issues whose state is of this type; "started" means in progress, "completed" done.',
      },
      priority: {
        type: 'integer',
        minimum: 0,
        maximum: 4,
        description: '0 none, 1 urgent, 2 high, 3 medium, 4 low.',
      },
      labelName: {
        type: 'string',
        description: 'Only issues carrying a label with this name (case-insensitive), e.g. "Bug".',
      },
      projectId: { type: 'string', description: 'Only issues of this project (UUID).' },
      titleContains: {
        type: 'string',
        description: 'Only issues whose title contains this text (case-insensitive).',
      },
      orderBy: {
        type: 'string',
        enum: ['createdAt', 'updatedAt'],
        description: 'Sort order. Default createdAt.',
      },
      includeArchived: { type: 'boolean', description: 'Include archived issues. Default false.' },
      ...paginationProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (input, context) => {
    const data = await linearGraphql(
      context,
      `query ListIssues($filter: IssueFilter, $first: Int, $after: String, $orderBy: PaginationOrderBy, $includeArchived: Boolean) {
        issues(filter: $filter, first: $first, after: $after, orderBy: $orderBy, includeArchived: $includeArchived) {
          nodes { ${ISSUE_SUMMARY_FIELDS} }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      {
        filter: issueFilter(input),
        first: input.first ?? 50,
        after: input.after,
        orderBy: input.orderBy,
        includeArchived: input.includeArchived,
      },
    );
    return flattenConnection('issues', data.issues);
  },
};

export const linearSearchIssues: ToolDefinition = {
  slug: 'LINEAR_SEARCH_ISSUES',
  name: 'Search issues',
  description:
    'Full-text search over Linear issues (titles, descriptions and, optionally, comments), e.g. "safari login crash". Returns matching `issues` and `pageInfo`. Use LINEAR_LIST_ISSUES to filter by team, state or assignee instead.',
  inputSchema: {
    type: 'object',
    properties: {
      term: { type: 'string', minLength: 1, description: 'Search text.' },
      teamId: { type: 'string', description: 'Boost results from this team (UUID).' },
      includeComments: { type: 'boolean', description: 'Also search comment text. Default false.' },
      ...paginationProperties,
    },
    required: ['term'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  handler: async (input, context) => {
    const data = await linearGraphql(
      context,
      `query SearchIssues($term: String!, $teamId: String, $includeComments: Boolean, $first: Int, $after: String) {
        searchIssues(term: $term, teamId: $teamId, includeComments: $includeComments, first: $first, after: $after) {
          nodes { ${ISSUE_SUMMARY_FIELDS} }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      {
        term: input.term,
        teamId: input.teamId,
        includeComments: input.includeComments,
        first: input.first ?? 50,
        after: input.after,
      },
    );
    return flattenConnection('issues', data.searchIssues);
  },
};

/** Builds Linear's IssueFilter from the flat LINEAR_LIST_ISSUES input. */
function issueFilter(input: Record<string, unknown>): Record<string, unknown> | undefined {
  const filter: Record<string, unknown> = {};
  if (input.teamId) filter.team = { id: { eq: input.teamId } };
  if (input.assignedToMe) filter.assignee = { isMe: { eq: true } };
  else if (input.assigneeId) filter.assignee = { id: { eq: input.assigneeId } };
  const state: Record<string, unknown> = {};
  if (input.stateName) state.name = { eqIgnoreCase: input.stateName };
  if (input.stateType) state.type = { eq: input.stateType };
  if (Object.keys(state).length > 0) filter.state = state;
  if (input.priority !== undefined) filter.priority = { eq: input.priority };
  if (input.labelName) filter.labels = { some: { name: { eqIgnoreCase: input.labelName } } };
  if (input.projectId) filter.project = { id: { eq: input.projectId } };
  if (input.titleContains) filter.title = { containsIgnoreCase: input.titleContains };
  return Object.keys(filter).length > 0 ? filter : undefined;
}

type StateNodes = { nodes?: Array<{ id: string; name: string }> } | undefined;

async function teamStateId(context: ToolContext, teamId: string, stateName: string): Promise<string> {
  const data = await linearGraphql(
    context,
    'query TeamStates($id: String!) { team(id: $id) { states { nodes { id name } } } }',
    {
      id: teamId,
    },
  );
  return pickState(data.team?.states, stateName);
}

async function issueStateId(context: ToolContext, issueId: string, stateName: string): Promise<string> {
  const data = await linearGraphql(
    context,
    'query IssueStates($id: String!) { issue(id: $id) { team { states { nodes { id name } } } } }',
    { id: issueId },
  );
  return pickState(data.issue?.team?.states, stateName);
}

function pickState(states: StateNodes, stateName: string): string {
  const nodes = states?.nodes ?? [];
  const match = nodes.find((state) => state.name.toLowerCase() === stateName.toLowerCase());
  if (!match) {
    throw new Error(
      `No workflow state named "${stateName}"; the team has: ${nodes.map((state) => state.name).join(', ')}`,
    );
  }
  return match.id;
}
