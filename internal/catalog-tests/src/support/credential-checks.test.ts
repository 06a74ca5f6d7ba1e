import { CredentialsRejectedError } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { github } from '../../../../packages/toolkits/src/github/github-toolkit.ts';
import { linear } from '../../../../packages/toolkits/src/linear/linear-toolkit.ts';
import { GITHUB_PAT, startGithubMockApi } from '../github/github-mock-api.ts';
import { startLinearMockApi } from '../linear/linear-mock-api.ts';
import { createTestSession } from './create-test-session.ts';
import type { MockApi } from './start-mock-api.ts';

let githubApi: MockApi;
let linearApi: MockApi;
beforeAll(async () => {
  githubApi = await startGithubMockApi();
  linearApi = await startLinearMockApi({ authorization: 'lin_api_check' });
});
afterAll(() => Promise.all([githubApi.close(), linearApi.close()]));

describe("built-in toolkits' credential checks", () => {
  // The GitHub mock answers every token alike, so refusals are shown with Linear (and Stripe's tests).
  it('GitHub: GET /user labels a token with its login', async () => {
    const { router } = await createTestSession({
      toolkit: github,
      baseUrl: githubApi.url,
      credentials: { token: GITHUB_PAT },
    });
    const [account] = await router.connectedAccounts.list({ userId: 'u1' });
    expect(account).toMatchObject({ status: 'ACTIVE', label: 'octocat' });
    const check = githubApi.requests.find((request) => request.path === '/user');
    expect(check).toMatchObject({ method: 'GET' });
  });

  it("Linear: the viewer query labels an API key with the user's email; a wrong key is refused", async () => {
    const { router } = await createTestSession({
      toolkit: linear,
      baseUrl: linearApi.url,
      credentials: { apiKey: 'lin_api_check' },
    });
    const [account] = await router.connectedAccounts.list({ userId: 'u1' });
    expect(account?.label).toBe('ada@example.com');
    await expect(
      createTestSession({
        toolkit: linear,
        baseUrl: linearApi.url,
        credentials: { apiKey: 'lin_api_wrong' },
      }),
    ).rejects.toSatisfy(CredentialsRejectedError.isInstance);
    await expect(
      createTestSession({
        toolkit: linear,
        baseUrl: linearApi.url,
        credentials: { apiKey: 'lin_api_wrong' },
      }),
    ).rejects.toThrow(/Linear did not accept these credentials \(POST \/graphql answered 400/);
  });
});
