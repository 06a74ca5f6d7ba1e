import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

export const TEAM_ID = '9cfb482a-81e3-4154-b5b9-2c805e70a02d';

const issue = (overrides: Record<string, unknown> = {}) => ({
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  identifier: 'ENG-123',
  title: 'Login page crashes on Safari',
  url: 'https://linear.app/acme/issue/ENG-123/login-page-crashes-on-safari',
  priority: 2,
  priorityLabel: 'High',
  state: { id: 'state-todo', name: 'Todo', type: 'unstarted' },
  team: { id: TEAM_ID, key: 'ENG', name: 'Engineering' },
  assignee: null,
  labels: { nodes: [] },
  ...overrides,
});

const states = {
  nodes: [
    { id: 'state-todo', name: 'Todo' },
    { id: 'state-done', name: 'Done' },
  ],
};
const pageInfo = { hasNextPage: false, endCursor: 'cursor-1' };

/** Linear's GraphQL error envelope (sent with HTTP 200 for resolver errors, 400 for auth errors). */
function graphqlError(
  status: number,
  message: string,
  code: string,
  userPresentableMessage: string,
): MockResponse {
  return {
    status,
    body: {
      data: null,
      errors: [{ message, extensions: { code, type: code.toLowerCase(), userPresentableMessage } }],
    },
  };
}

type Operation = (variables: Record<string, any>) => MockResponse;

const operations: Record<string, Operation> = {
  CreateIssue: ({ input }) => ({
    body: {
      data: {
        issueCreate: { success: true, issue: issue({ title: input.title, priority: input.priority }) },
      },
    },
  }),
  UpdateIssue: ({ id, input }) => ({
    body: { data: { issueUpdate: { success: true, issue: issue({ identifier: id, ...input }) } } },
  }),
  GetIssue: ({ id }) =>
    id === 'ENG-404'
      ? graphqlError(200, 'Entity not found: Issue', 'INPUT_ERROR', 'Could not find referenced Issue.')
      : { body: { data: { issue: issue({ identifier: id, description: 'Steps to reproduce…' }) } } },
  ListIssues: () => ({ body: { data: { issues: { nodes: [issue()], pageInfo } } } }),
  SearchIssues: () => ({ body: { data: { searchIssues: { nodes: [issue()], pageInfo } } } }),
  TeamStates: () => ({ body: { data: { team: { states } } } }),
  IssueStates: () => ({ body: { data: { issue: { team: { states } } } } }),
  CreateComment: ({ input }) => ({
    body: {
      data: {
        commentCreate: {
          success: true,
          comment: { id: 'comment-1', body: input.body, url: 'https://linear.app/c/1' },
        },
      },
    },
  }),
  ListTeams: () => ({
    body: { data: { teams: { nodes: [{ id: TEAM_ID, key: 'ENG', name: 'Engineering' }], pageInfo } } },
  }),
  ListProjects: () => ({
    body: { data: { projects: { nodes: [{ id: 'project-1', name: 'Q3 launch' }], pageInfo } } },
  }),
  ListWorkflowStates: () => ({ body: { data: { workflowStates: { ...states, pageInfo } } } }),
  ListUsers: () => ({ body: { data: { users: { nodes: [{ id: 'user-1', name: 'Ada' }], pageInfo } } } }),
  ListLabels: () => ({
    body: { data: { issueLabels: { nodes: [{ id: 'label-1', name: 'Bug' }], pageInfo } } },
  }),
  Viewer: () => ({ body: { data: { viewer: { id: 'user-1', name: 'Ada', email: 'ada@example.com' } } } }),
};

/**
 * A local stand-in for Linear's GraphQL endpoint: checks the Authorization header (a raw API key
 * or `Bearer <oauth token>`), reads the operation name from the query and answers in Linear's shapes.
 *
 * @example
 * const api = await startLinearMockApi({ authorization: 'lin_api_test' });
 */
export function startLinearMockApi({ authorization }: { authorization: string }): Promise<MockApi> {
  return startMockApi((request) => respond(request, authorization));
}

function respond(request: RecordedRequest, authorization: string): MockResponse {
  if (request.method !== 'POST' || request.path !== '/graphql') {
    return { status: 404, body: 'Not found' };
  }
  if (request.headers.authorization !== authorization) {
    return graphqlError(
      400,
      'Authentication required, not authenticated',
      'AUTHENTICATION_ERROR',
      'You need to authenticate to access this operation.',
    );
  }
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(request.json?.query ?? '')?.[1] ?? '';
  const operation = operations[name];
  if (!operation)
    return graphqlError(400, `Unknown operation ${name}`, 'GRAPHQL_VALIDATION_FAILED', 'Invalid query.');
  return operation(request.json.variables ?? {});
}
