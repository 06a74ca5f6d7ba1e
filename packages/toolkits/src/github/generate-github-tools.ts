import { type ImportOpenAPIReport, importOpenAPI } from '../openapi/import-openapi.ts';
import type { OpenAPIDocument, OpenAPIOperation, OpenAPIPathItem } from '../openapi/openapi-types.ts';
import { packTools } from '../openapi/pack-tools.ts';
import type { PackedTools } from '../openapi/packed-tools.ts';
import { cleanGithubDescription } from './clean-github-description.ts';

/** Sent with every GitHub call: the JSON media type and the REST API version the tools describe. */
export const GITHUB_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };

/**
 * Imports GitHub's REST API description (`api.github.com.json` from `@octokit/openapi`) into the packed
 * tool list that `github-tools.generated.json` holds. Run by `pnpm --filter @toolrouter/toolkits generate`.
 *
 * @example
 * const { packed, report } = generateGithubTools(document, '@octokit/openapi@23.0.2 api.github.com.json');
 */
export function generateGithubTools(
  document: OpenAPIDocument,
  source: string,
): { packed: PackedTools; report: ImportOpenAPIReport } {
  const { toolkit, report } = importOpenAPI(withCleanDescriptions(document), {
    slug: 'github',
    name: 'GitHub',
    baseUrl: 'https://api.github.com',
    headers: GITHUB_HEADERS,
  });
  return { packed: packTools(toolkit.tools, { source, headers: GITHUB_HEADERS }), report };
}

/** A shallow copy of `document` whose operation descriptions went through `cleanGithubDescription`. */
function withCleanDescriptions(document: OpenAPIDocument): OpenAPIDocument {
  const paths: Record<string, OpenAPIPathItem> = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const copy: OpenAPIPathItem = { ...item };
    for (const [method, operation] of Object.entries(item)) {
      const { description } = (operation ?? {}) as OpenAPIOperation;
      if (typeof description === 'string')
        copy[method] = { ...(operation as object), description: cleanGithubDescription(description) };
    }
    paths[path] = copy;
  }
  return { ...document, paths };
}
