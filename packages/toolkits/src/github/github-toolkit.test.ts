import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unpackTools } from '../openapi/unpack-tools.ts';
import { validateToolkit } from '../toolkit/validate-toolkit.ts';
import { GITHUB_HEADERS, generateGithubTools } from './generate-github-tools.ts';
import { github } from './github-toolkit.ts';
import { readGithubDescription } from './test-support/read-github-description.ts';

const { document, source } = readGithubDescription();
const generated = generateGithubTools(document, source);

describe('github-tools.generated.json', () => {
  it('is what the generator makes from the installed @octokit/openapi (else run `pnpm --filter @toolrouter/toolkits generate`)', () => {
    const committed = readFileSync(new URL('./github-tools.generated.json', import.meta.url), 'utf8');
    expect(committed.length).toBe(JSON.stringify(generated.packed).length);
    expect(committed === JSON.stringify(generated.packed)).toBe(true);
  });

  it('unpacks to exactly the tools the generator made', () => {
    expect(unpackTools(JSON.parse(JSON.stringify(generated.packed)))).toEqual(generated.tools);
  });

  it('covers every operation but the two that cannot be called as JSON tools', () => {
    expect(generated.report.operations).toBeGreaterThan(1100);
    expect(generated.report.tools).toBe(generated.report.operations - 2);
    expect(generated.report.skipped.map((skipped) => skipped.operationId)).toEqual([
      'markdown/render-raw',
      'repos/upload-release-asset',
    ]);
  });
});

describe('github', () => {
  it('is a valid toolkit with OAuth 2 and personal access tokens', () => {
    expect(() => validateToolkit(github)).not.toThrow();
    expect(github).toMatchObject({
      slug: 'github',
      baseUrl: 'https://api.github.com',
      categories: ['developer-tools'],
    });
    expect(github.auth).toEqual([
      {
        mode: 'oauth2',
        authorizationUrl: 'https://github.com/login/oauth/authorize',
        tokenUrl: 'https://github.com/login/oauth/access_token',
        scopes: ['repo', 'read:user'],
        pkce: true,
      },
      { mode: 'bearer' },
    ]);
    expect(github.tools).toHaveLength(generated.report.tools);
  });

  it('maps issue creation to the REST call with the fixed headers', () => {
    const create = github.tools.find((tool) => tool.slug === 'GITHUB_ISSUES_CREATE');
    expect(create?.request).toEqual({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      headers: GITHUB_HEADERS,
    });
    expect(create?.inputSchema.required).toEqual(['owner', 'repo', 'title']);
    expect(create?.description).not.toMatch(/custom media types|\]\(/);
  });

  it("sends the query arrays GitHub documents as 'owner[]=a' under that name", () => {
    const listGrants = github.tools.find((tool) => tool.slug === 'GITHUB_ORGS_LIST_PAT_GRANTS');
    expect(listGrants?.request?.parameters).toEqual({
      owner: { in: 'query', name: 'owner[]' },
      token_id: { in: 'query', name: 'token_id[]' },
    });
  });

  it('tags reads, deletes and idempotent writes from the method', () => {
    const tags = (slug: string) => github.tools.find((tool) => tool.slug === slug)?.tags;
    expect(tags('GITHUB_ISSUES_LIST_FOR_REPO')).toEqual(['readOnlyHint']);
    expect(tags('GITHUB_REPOS_DELETE')).toEqual(['destructiveHint', 'idempotentHint']);
    expect(tags('GITHUB_ACTIVITY_STAR_REPO_FOR_AUTHENTICATED_USER')).toEqual(['idempotentHint']);
    expect(tags('GITHUB_PULLS_CREATE')).toBeUndefined();
  });
});
