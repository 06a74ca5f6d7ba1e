import { type ImportOpenAPIReport, importOpenAPI } from '../openapi/import-openapi.ts';
import type {
  OpenAPIDocument,
  OpenAPIOperation,
  OpenAPIParameter,
  OpenAPIPathItem,
} from '../openapi/openapi-types.ts';
import { packTools } from '../openapi/pack-tools.ts';
import type { PackedTools } from '../openapi/packed-tools.ts';
import { dereference } from '../openapi/resolve-ref.ts';
import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { cleanGithubDescription } from './clean-github-description.ts';

/** Sent with every GitHub call: the JSON media type and the REST API version the tools describe. */
export const GITHUB_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };

/**
 * Imports GitHub's REST API description (`api.github.com.json` from `@octokit/openapi`) into the packed
 * tool list that `github-tools.generated.json` holds. Run by `pnpm --filter @toolrouter/toolkits generate`.
 * Two GitHub habits are applied on top of the plain import: operation descriptions lose their media
 * type lists and "for more information" links, and query arrays that GitHub documents in the
 * `name[]=a` form are sent under that wire name.
 *
 * @example
 * const { packed, report } = generateGithubTools(document, '@octokit/openapi@23.0.2 api.github.com.json');
 */
export function generateGithubTools(
  document: OpenAPIDocument,
  source: string,
): { tools: ToolDefinition[]; packed: PackedTools; report: ImportOpenAPIReport } {
  const { toolkit, report } = importOpenAPI(withCleanDescriptions(document), {
    slug: 'github',
    name: 'GitHub',
    baseUrl: 'https://api.github.com',
    headers: GITHUB_HEADERS,
  });
  const bracketed = bracketArrayParameters(document);
  for (const tool of toolkit.tools) {
    const request = tool.request;
    const names = request && bracketed.get(`${request.method} ${request.path}`);
    if (!request || !names) continue;
    request.parameters = { ...request.parameters };
    for (const name of names) request.parameters[name] = { in: 'query', name: `${name}[]` };
  }
  return {
    tools: toolkit.tools,
    packed: packTools(toolkit.tools, { source, headers: GITHUB_HEADERS }),
    report,
  };
}

/** A shallow copy of `document` whose operation descriptions went through `cleanGithubDescription`. */
function withCleanDescriptions(document: OpenAPIDocument): OpenAPIDocument {
  const paths: Record<string, OpenAPIPathItem> = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const copy: OpenAPIPathItem = { ...item };
    for (const [method, operation] of Object.entries(item)) {
      const { description } = (operation ?? {}) as OpenAPIOperation;
      if (typeof description !== 'string') continue;
      copy[method] = { ...(operation as object), description: cleanGithubDescription(description) };
    }
    paths[path] = copy;
  }
  return { ...document, paths };
}

/**
 * Query array parameters whose example shows GitHub's Rails-style `owner[]=a,owner[]=b` form, by
 * `METHOD /path`. Sent as `owner=a&owner=b` (the OpenAPI default), Rails would keep only the last one.
 */
function bracketArrayParameters(document: OpenAPIDocument): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      for (const entry of (operation as OpenAPIOperation).parameters ?? []) {
        const parameter = dereference<OpenAPIParameter & { example?: unknown }>(document, entry);
        const schema = parameter?.schema as { type?: unknown; example?: unknown } | undefined;
        if (parameter?.in !== 'query' || schema?.type !== 'array') continue;
        const example = String(parameter.example ?? schema.example ?? '');
        if (!example.includes(`${parameter.name}[]=`)) continue;
        const key = `${method.toUpperCase()} ${path}`;
        found.set(key, [...(found.get(key) ?? []), parameter.name]);
      }
    }
  }
  return found;
}
