import { readFileSync } from 'node:fs';
import type { PackedTools } from '../openapi/packed-tools.ts';
import { unpackTools } from '../openapi/unpack-tools.ts';
import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import { githubCodePhrasings } from './github-phrasings-code.ts';
import { githubWorkPhrasings } from './github-phrasings-work.ts';

/** Generated from `@octokit/openapi` by `pnpm --filter @toolrouter/toolkits generate`; do not edit. */
const packed = JSON.parse(
  readFileSync(new URL('./github-tools.generated.json', import.meta.url), 'utf8'),
) as PackedTools;

/**
 * The whole GitHub REST API (api.github.com), one tool per operation, generated from GitHub's own
 * OpenAPI description. Connect with OAuth (an OAuth app or a GitHub App's client; PKCE is on, GitHub
 * accepts S256 since July 2025) or a personal access token. Point `toolkitBaseUrls.github` at
 * `https://HOST/api/v3` for GitHub Enterprise Server.
 *
 * @example
 * const router = new ToolRouter({ toolkits: [github] });
 * await session.execute('GITHUB_ISSUES_CREATE', { owner: 'octo', repo: 'hello', title: 'Bug' });
 */
export const github = defineToolkit({
  slug: 'github',
  name: 'GitHub',
  description:
    'Manage repositories, issues, pull requests, Actions, releases and more through the GitHub REST API.',
  logo: 'https://github.githubassets.com/favicons/favicon.svg',
  categories: ['developer-tools'],
  baseUrl: 'https://api.github.com',
  auth: [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://github.com/login/oauth/authorize',
      tokenUrl: 'https://github.com/login/oauth/access_token',
      scopes: ['repo', 'read:user'],
      pkce: true,
    },
    { mode: 'bearer' },
  ],
  tools: withPhrasings(withPhrasings(unpackTools(packed), githubWorkPhrasings), githubCodePhrasings),
  credentialCheck: { method: 'GET', path: '/user', identity: ['login'] },
  connectHelp:
    'Create a fine-grained personal access token at https://github.com/settings/personal-access-tokens/new ' +
    '(or a classic one at https://github.com/settings/tokens) with access to the repositories your agent should use.',
});
