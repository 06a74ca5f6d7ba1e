import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { github } from '../../../../packages/toolkits/src/github/github-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { GITHUB_OAUTH_TOKEN, GITHUB_PAT, startGithubMockApi } from './github-mock-api.ts';

let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startGithubMockApi();
  ({ session } = await createTestSession({
    toolkit: github,
    baseUrl: api.url,
    credentials: { accessToken: GITHUB_OAUTH_TOKEN },
  }));
});
afterAll(() => api.close());

/** Runs a tool and returns its result and the one request it made, after checking GitHub's fixed headers. */
async function run(
  toolSlug: string,
  args: Record<string, unknown>,
  token = GITHUB_OAUTH_TOKEN,
  on = session,
) {
  const before = api.requests.length;
  const result = await on.execute(toolSlug, args);
  const requests = api.requests.slice(before);
  expect(requests).toHaveLength(1);
  const request = requests[0]!;
  expect(request.headers.authorization).toBe(`Bearer ${token}`);
  expect(request.headers.accept).toBe('application/vnd.github+json');
  expect(request.headers['x-github-api-version']).toBe('2022-11-28');
  return { result, request };
}

describe('github toolkit against a GitHub REST API stand-in', () => {
  it('GITHUB_ISSUES_CREATE posts the JSON body to the repository path', async () => {
    const { result, request } = await run('GITHUB_ISSUES_CREATE', {
      owner: 'octo-org',
      repo: 'hello-world',
      title: 'Found a bug',
      body: "I'm having a problem with this.",
      labels: ['bug'],
      assignees: ['octocat'],
      milestone: 1,
    });
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/repos/octo-org/hello-world/issues');
    expect([...request.query]).toEqual([]);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.json).toEqual({
      title: 'Found a bug',
      body: "I'm having a problem with this.",
      labels: ['bug'],
      assignees: ['octocat'],
      milestone: 1,
    });
    expect(result).toMatchObject({
      successful: true,
      error: null,
      data: { number: 1347, title: 'Found a bug' },
    });
  });

  it('GITHUB_ISSUES_LIST_FOR_REPO sends the filters as query parameters and no body', async () => {
    const { result, request } = await run('GITHUB_ISSUES_LIST_FOR_REPO', {
      owner: 'octo-org',
      repo: 'hello-world',
      state: 'closed',
      labels: 'bug,ui',
      since: '2024-01-01T00:00:00Z',
      per_page: 5,
      page: 2,
    });
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/repos/octo-org/hello-world/issues');
    expect(Object.fromEntries(request.query)).toEqual({
      state: 'closed',
      labels: 'bug,ui',
      since: '2024-01-01T00:00:00Z',
      per_page: '5',
      page: '2',
    });
    expect(request.bodyText).toBe('');
    expect(result.successful).toBe(true);
    expect(result.data).toEqual([expect.objectContaining({ number: 1347 })]);
  });

  it('sends query arrays as repeated keys, under the owner[] name GitHub documents where it does', async () => {
    const grants = await run('GITHUB_ORGS_LIST_PAT_GRANTS', {
      org: 'octo-org',
      owner: ['octocat1', 'octocat2'],
      token_id: ['1', '2'],
    });
    expect(grants.request.path).toBe('/orgs/octo-org/personal-access-tokens');
    expect(grants.request.query.getAll('owner[]')).toEqual(['octocat1', 'octocat2']);
    expect(grants.request.query.getAll('token_id[]')).toEqual(['1', '2']);
    expect(grants.request.query.has('owner')).toBe(false);

    const migrations = await run('GITHUB_MIGRATIONS_LIST_FOR_ORG', {
      org: 'octo-org',
      exclude: ['repositories'],
    });
    expect(migrations.request.query.getAll('exclude')).toEqual(['repositories']);
  });

  it('puts query parameters of a POST in the query and the rest in the body', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const { request } = await run('GITHUB_ORGS_LIST_ATTESTATIONS_BULK', {
      org: 'octo-org',
      per_page: 10,
      subject_digests: [digest],
    });
    expect(request.method).toBe('POST');
    expect(Object.fromEntries(request.query)).toEqual({ per_page: '10' });
    expect(request.json).toEqual({ subject_digests: [digest] });
  });

  it('GITHUB_REPOS_DELETE_FILE sends a DELETE with its JSON body to a multi-segment path', async () => {
    const { result, request } = await run('GITHUB_REPOS_DELETE_FILE', {
      owner: 'octo-org',
      repo: 'hello-world',
      path: 'docs/README.md',
      message: 'Remove README',
      sha: '329688480d39049927147c162b9d2deaf885005f',
      committer: { name: 'Monalisa Octocat', email: 'octocat@github.com' },
    });
    expect(request.method).toBe('DELETE');
    expect(request.path).toBe('/repos/octo-org/hello-world/contents/docs/README.md');
    expect([...request.query]).toEqual([]);
    expect(request.json).toEqual({
      message: 'Remove README',
      sha: '329688480d39049927147c162b9d2deaf885005f',
      committer: { name: 'Monalisa Octocat', email: 'octocat@github.com' },
    });
    expect(result).toMatchObject({ successful: true, data: { commit: { message: 'Remove README' } } });
  });

  it('GITHUB_ISSUES_REMOVE_LABEL encodes a path value and sends no body', async () => {
    const { result, request } = await run('GITHUB_ISSUES_REMOVE_LABEL', {
      owner: 'octo-org',
      repo: 'hello-world',
      issue_number: 1347,
      name: 'needs triage',
    });
    expect(request.method).toBe('DELETE');
    expect(request.path).toBe('/repos/octo-org/hello-world/issues/1347/labels/needs%20triage');
    expect(request.bodyText).toBe('');
    expect(result.successful).toBe(true);
  });

  it('sends a body field whose name clashes with a path parameter under its wire name', async () => {
    const { result, request } = await run('GITHUB_ACTIONS_UPDATE_REPO_VARIABLE', {
      owner: 'octo-org',
      repo: 'hello-world',
      name: 'USERNAME',
      body_name: 'USER_NAME',
      value: 'octocat',
    });
    expect(request.method).toBe('PATCH');
    expect(request.path).toBe('/repos/octo-org/hello-world/actions/variables/USERNAME');
    expect(request.json).toEqual({ name: 'USER_NAME', value: 'octocat' });
    expect(result.successful).toBe(true);
  });

  it('GITHUB_REPOS_UPDATE sends only the fields given, never the documented defaults', async () => {
    const { result, request } = await run('GITHUB_REPOS_UPDATE', {
      owner: 'octo-org',
      repo: 'hello-world',
      description: 'A better description',
    });
    expect(request.method).toBe('PATCH');
    expect(request.path).toBe('/repos/octo-org/hello-world');
    expect(request.json).toEqual({ description: 'A better description' });
    expect(result).toMatchObject({ successful: true, data: { private: true } });
  });

  it('flattens one-of bodies: GITHUB_ISSUES_ADD_LABELS and a DELETE with a body', async () => {
    const labels = await run('GITHUB_ISSUES_ADD_LABELS', {
      owner: 'octo-org',
      repo: 'hello-world',
      issue_number: 1347,
      labels: ['bug', 'ui'],
    });
    expect(labels.request.json).toEqual({ labels: ['bug', 'ui'] });
    expect(labels.result.data).toEqual([{ name: 'bug' }, { name: 'ui' }]);

    const emails = await run('GITHUB_USERS_DELETE_EMAIL_FOR_AUTHENTICATED_USER', {
      emails: ['old@example.com'],
    });
    expect(emails.request.method).toBe('DELETE');
    expect(emails.request.json).toEqual({ emails: ['old@example.com'] });
  });

  it('GITHUB_ACTIVITY_STAR_REPO_FOR_AUTHENTICATED_USER is a PUT without a body answered by 204', async () => {
    const { result, request } = await run('GITHUB_ACTIVITY_STAR_REPO_FOR_AUTHENTICATED_USER', {
      owner: 'octo-org',
      repo: 'hello-world',
    });
    expect(request.method).toBe('PUT');
    expect(request.path).toBe('/user/starred/octo-org/hello-world');
    expect(request.bodyText).toBe('');
    expect(result.successful).toBe(true);
  });

  it("reports GitHub's 404 as a failure without leaking the token", async () => {
    const { result } = await run('GITHUB_REPOS_GET', { owner: 'octo-org', repo: 'missing' });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('Not Found');
    expect(JSON.stringify(result)).not.toContain(GITHUB_OAUTH_TOKEN);
  });

  it('refuses arguments that miss a path parameter before calling GitHub', async () => {
    const before = api.requests.length;
    const result = await session.execute('GITHUB_ISSUES_CREATE', { repo: 'hello-world', title: 'x' });
    expect(api.requests.length).toBe(before);
    expect(result.successful).toBe(false);
    expect(result.error).toContain('owner');
  });

  it('sends a personal access token as a bearer token', async () => {
    const pat = await createTestSession({
      toolkit: github,
      baseUrl: api.url,
      credentials: { token: GITHUB_PAT },
    });
    const { result, request } = await run('GITHUB_USERS_GET_AUTHENTICATED', {}, GITHUB_PAT, pat.session);
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/user');
    expect(result).toMatchObject({ successful: true, data: { login: 'octocat' } });
  });
});
