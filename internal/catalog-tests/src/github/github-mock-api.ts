import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

/** An OAuth token and a fine-grained personal access token in GitHub's formats (fake). */
export const GITHUB_OAUTH_TOKEN = 'gho_16C7e42F292c6912E7710c838347Ae178B4a';
export const GITHUB_PAT = 'github_pat_11ABCDEFG0abcdefghijkl_mnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123';

const REPO = '/repos/octo-org/hello-world';
const issue = {
  id: 1,
  node_id: 'MDU6SXNzdWUx',
  number: 1347,
  title: 'Found a bug',
  state: 'open',
  html_url: 'https://github.com/octo-org/hello-world/issues/1347',
  user: { login: 'octocat', id: 1 },
  labels: [{ id: 208045946, name: 'bug', color: 'f29513' }],
};
const notFound: MockResponse = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
};

/**
 * Answers the REST calls the catalog tests make the way api.github.com documents them, and 404s
 * (GitHub's error shape) for anything else.
 */
const routes: Record<string, (request: RecordedRequest) => MockResponse> = {
  [`POST ${REPO}/issues`]: (request) => ({ status: 201, body: { ...issue, title: request.json?.title } }),
  [`GET ${REPO}/issues`]: () => ({
    headers: { link: `<https://api.github.com${REPO}/issues?page=3>; rel="next"` },
    body: [issue],
  }),
  [`POST ${REPO}/issues/1347/labels`]: (request) => ({
    body: (request.json?.labels ?? []).map((name: string) => ({ name })),
  }),
  [`DELETE ${REPO}/issues/1347/labels/needs%20triage`]: () => ({ body: [] }),
  [`DELETE ${REPO}/contents/docs/README.md`]: () => ({
    body: {
      content: null,
      commit: { sha: '7638417db6d59f3c431d3e1f261cc637155684cd', message: 'Remove README' },
    },
  }),
  [`PATCH ${REPO}`]: (request) => ({
    body: { id: 1296269, full_name: 'octo-org/hello-world', private: true, ...request.json },
  }),
  [`PATCH ${REPO}/actions/variables/USERNAME`]: () => ({ status: 204 }),
  'PUT /user/starred/octo-org/hello-world': () => ({ status: 204 }),
  'DELETE /user/emails': () => ({ status: 204 }),
  'GET /orgs/octo-org/personal-access-tokens': () => ({ body: [] }),
  'GET /orgs/octo-org/migrations': () => ({ body: [] }),
  'POST /orgs/octo-org/attestations/bulk-list': () => ({
    body: { attestations_subject_digests: {}, page_info: { has_next: false } },
  }),
  'GET /user': () => ({ body: { login: 'octocat', id: 1, type: 'User' } }),
};

/** Starts the GitHub REST API stand-in on 127.0.0.1. */
export function startGithubMockApi(): Promise<MockApi> {
  return startMockApi((request) => routes[`${request.method} ${request.path}`]?.(request) ?? notFound);
}
