import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OpenAPIDocument } from '../../openapi/openapi-types.ts';

const require = createRequire(import.meta.url);

/**
 * Reads GitHub's REST API description from the installed `@octokit/openapi` (a devDependency: only the
 * generator, its up-to-date test and the benchmark need it) and names the version it came from.
 *
 * @example
 * const { document, source } = readGithubDescription(); // source: '@octokit/openapi@23.0.2 api.github.com.json'
 */
export function readGithubDescription(): { document: OpenAPIDocument; source: string; path: string } {
  const path = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const { version } = require('@octokit/openapi/package.json') as { version: string };
  const document = JSON.parse(readFileSync(path, 'utf8')) as OpenAPIDocument;
  return { document, source: `@octokit/openapi@${version} api.github.com.json`, path };
}
