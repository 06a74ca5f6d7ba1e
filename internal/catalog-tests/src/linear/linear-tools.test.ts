import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linear } from '../../../../packages/toolkits/src/linear/linear-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi, RecordedRequest } from '../support/start-mock-api.ts';
import { startLinearMockApi, TEAM_ID } from './linear-mock-api.ts';

const apiKey = 'lin_api_7Hq2x9Kd3Lm';
let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startLinearMockApi({ authorization: apiKey });
  ({ session } = await createTestSession({ toolkit: linear, baseUrl: api.url, credentials: { apiKey } }));
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

/** Checks the transport of one GraphQL call and returns its operation name and variables. */
function graphqlCall(request: RecordedRequest | undefined) {
  expect(request?.method).toBe('POST');
  expect(request?.path).toBe('/graphql');
  expect(request?.headers['content-type']).toContain('application/json');
  // Personal API keys go in the Authorization header as they are, without "Bearer ".
  expect(request?.headers.authorization).toBe(apiKey);
  const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(request?.json.query)?.[1];
  return { operation, variables: request?.json.variables, query: request?.json.query as string };
}

describe('linear tools against a Linear-shaped GraphQL API', () => {
  it('LINEAR_CREATE_ISSUE sends issueCreate with the input as variables', async () => {
    const result = await session.execute('LINEAR_CREATE_ISSUE', {
      teamId: TEAM_ID,
      title: 'Login page crashes on Safari',
      description: 'Steps:\n1. open /login',
      priority: 2,
      labelIds: ['label-1'],
      dueDate: '2025-03-31',
    });
    expect(result).toMatchObject({
      successful: true,
      data: { identifier: 'ENG-123', title: 'Login page crashes on Safari' },
    });
    expect(api.requests).toHaveLength(1);
    const call = graphqlCall(api.requests[0]);
    expect(call.operation).toBe('CreateIssue');
    expect(call.query).toContain('issueCreate(input: $input)');
    expect(call.variables).toEqual({
      input: {
        teamId: TEAM_ID,
        title: 'Login page crashes on Safari',
        description: 'Steps:\n1. open /login',
        priority: 2,
        labelIds: ['label-1'],
        dueDate: '2025-03-31',
      },
    });
  });

  it('LINEAR_CREATE_ISSUE resolves a state name within the team', async () => {
    const result = await session.execute('LINEAR_CREATE_ISSUE', {
      teamId: TEAM_ID,
      title: 'Done already',
      stateName: 'done',
    });
    expect(result.successful).toBe(true);
    const [lookup, create] = api.requests.map(graphqlCall);
    expect(lookup).toMatchObject({ operation: 'TeamStates', variables: { id: TEAM_ID } });
    expect(create).toMatchObject({
      operation: 'CreateIssue',
      variables: { input: { stateId: 'state-done' } },
    });
    expect(create?.variables.input).not.toHaveProperty('stateName');
  });

  it('LINEAR_UPDATE_ISSUE sends issueUpdate; null unassigns', async () => {
    const result = await session.execute('LINEAR_UPDATE_ISSUE', {
      id: 'ENG-123',
      stateName: 'Todo',
      assigneeId: null,
    });
    expect(result.successful).toBe(true);
    const [lookup, update] = api.requests.map(graphqlCall);
    expect(lookup).toMatchObject({ operation: 'IssueStates', variables: { id: 'ENG-123' } });
    expect(update?.operation).toBe('UpdateIssue');
    expect(update?.variables).toEqual({ id: 'ENG-123', input: { assigneeId: null, stateId: 'state-todo' } });
  });

  it('LINEAR_UPDATE_ISSUE names the states it knows when the name matches none', async () => {
    const result = await session.execute('LINEAR_UPDATE_ISSUE', { id: 'ENG-123', stateName: 'Shipped' });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('No workflow state named "Shipped"');
    expect(result.error).toContain('Todo, Done');
    expect(api.requests).toHaveLength(1);
  });

  it('LINEAR_GET_ISSUE queries one issue by identifier', async () => {
    const result = await session.execute('LINEAR_GET_ISSUE', { id: 'ENG-123' });
    expect(result).toMatchObject({
      successful: true,
      data: { identifier: 'ENG-123', description: 'Steps to reproduce…' },
    });
    const call = graphqlCall(api.requests[0]);
    expect(call.operation).toBe('GetIssue');
    expect(call.query).toContain('comments(first: 50)');
    expect(call.variables).toEqual({ id: 'ENG-123' });
  });

  it("LINEAR_GET_ISSUE turns GraphQL errors into a failure with Linear's message", async () => {
    const result = await session.execute('LINEAR_GET_ISSUE', { id: 'ENG-404' });
    expect(result.successful).toBe(false);
    expect(result.data).toBeNull();
    expect(result.error).toContain('Could not find referenced Issue.');
  });

  it('LINEAR_LIST_ISSUES builds an IssueFilter from the flat fields', async () => {
    const result = await session.execute('LINEAR_LIST_ISSUES', {
      teamId: TEAM_ID,
      assignedToMe: true,
      stateType: 'started',
      labelName: 'Bug',
      priority: 1,
      titleContains: 'safari',
      first: 20,
      orderBy: 'updatedAt',
    });
    expect(result).toMatchObject({
      successful: true,
      data: { issues: [{ identifier: 'ENG-123' }], pageInfo: { hasNextPage: false, endCursor: 'cursor-1' } },
    });
    const call = graphqlCall(api.requests[0]);
    expect(call.operation).toBe('ListIssues');
    expect(call.variables).toEqual({
      filter: {
        team: { id: { eq: TEAM_ID } },
        assignee: { isMe: { eq: true } },
        state: { type: { eq: 'started' } },
        priority: { eq: 1 },
        labels: { some: { name: { eqIgnoreCase: 'Bug' } } },
        title: { containsIgnoreCase: 'safari' },
      },
      first: 20,
      orderBy: 'updatedAt',
    });
  });

  it('LINEAR_LIST_ISSUES without filters sends no filter and the default page size', async () => {
    await session.execute('LINEAR_LIST_ISSUES', {});
    expect(graphqlCall(api.requests[0]).variables).toEqual({ first: 50 });
  });

  it('LINEAR_SEARCH_ISSUES sends the term', async () => {
    const result = await session.execute('LINEAR_SEARCH_ISSUES', {
      term: 'safari crash',
      includeComments: true,
    });
    expect(result).toMatchObject({ successful: true, data: { issues: [{ identifier: 'ENG-123' }] } });
    const call = graphqlCall(api.requests[0]);
    expect(call.operation).toBe('SearchIssues');
    expect(call.variables).toEqual({ term: 'safari crash', includeComments: true, first: 50 });
  });

  it('LINEAR_CREATE_COMMENT sends commentCreate', async () => {
    const result = await session.execute('LINEAR_CREATE_COMMENT', {
      issueId: 'ENG-123',
      body: 'Fixed in #482',
    });
    expect(result).toMatchObject({ successful: true, data: { id: 'comment-1', body: 'Fixed in #482' } });
    const call = graphqlCall(api.requests[0]);
    expect(call.operation).toBe('CreateComment');
    expect(call.variables).toEqual({ input: { issueId: 'ENG-123', body: 'Fixed in #482' } });
  });

  it.each([
    ['LINEAR_LIST_TEAMS', {}, 'ListTeams', 'teams', { first: 50 }],
    [
      'LINEAR_LIST_PROJECTS',
      { teamId: TEAM_ID },
      'ListProjects',
      'projects',
      {
        filter: { accessibleTeams: { some: { id: { eq: TEAM_ID } } } },
        first: 50,
      },
    ],
    [
      'LINEAR_LIST_WORKFLOW_STATES',
      { teamId: TEAM_ID },
      'ListWorkflowStates',
      'states',
      {
        filter: { team: { id: { eq: TEAM_ID } } },
        first: 50,
      },
    ],
    ['LINEAR_LIST_USERS', { first: 10, after: 'c' }, 'ListUsers', 'users', { first: 10, after: 'c' }],
    ['LINEAR_LIST_LABELS', {}, 'ListLabels', 'labels', { first: 50 }],
  ] as const)('%s sends %s and flattens the connection', async (slug, input, operation, key, variables) => {
    const result = await session.execute(slug, input);
    expect(result.successful).toBe(true);
    expect((result.data as any)[key].length).toBeGreaterThan(0);
    expect((result.data as any).pageInfo).toEqual({ hasNextPage: false, endCursor: 'cursor-1' });
    const call = graphqlCall(api.requests[0]);
    expect(call.operation).toBe(operation);
    expect(call.variables).toEqual(variables);
  });

  it('LINEAR_GET_VIEWER returns the connected user', async () => {
    const result = await session.execute('LINEAR_GET_VIEWER', {});
    expect(result).toMatchObject({ successful: true, data: { id: 'user-1', email: 'ada@example.com' } });
    expect(graphqlCall(api.requests[0]).operation).toBe('Viewer');
  });
});

describe('linear with OAuth', () => {
  it('sends the access token as a bearer token, and reports an authentication error', async () => {
    const oauthApi = await startLinearMockApi({ authorization: 'Bearer lin_oauth_5e6f7a8b' });
    try {
      const { session: good } = await createTestSession({
        toolkit: linear,
        baseUrl: oauthApi.url,
        credentials: { accessToken: 'lin_oauth_5e6f7a8b' },
      });
      expect((await good.execute('LINEAR_GET_VIEWER', {})).successful).toBe(true);
      expect(oauthApi.requests[0]!.headers.authorization).toBe('Bearer lin_oauth_5e6f7a8b');

      const { session: stale } = await createTestSession({
        toolkit: linear,
        baseUrl: oauthApi.url,
        credentials: { accessToken: 'lin_oauth_revoked_000' },
      });
      const result = await stale.execute('LINEAR_LIST_TEAMS', {});
      expect(result.successful).toBe(false);
      expect(result.error).toContain('You need to authenticate to access this operation.');
      expect(result.error).not.toContain('lin_oauth_revoked_000');
    } finally {
      await oauthApi.close();
    }
  });
});
