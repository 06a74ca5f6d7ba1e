import { baseUrlFromServer } from './base-url-from-servers.ts';
import type { OpenAPIDocument } from './openapi-types.ts';
import { resolveRef } from './resolve-ref.ts';

/**
 * The first reason `document` cannot be imported as a toolkit, or undefined when it can: not an
 * OpenAPI 3.0/3.1 document (Swagger 2 is named as such), no operations, no absolute server URL
 * (unless `baseUrl` is given), or a `$ref` reachable from an operation that points outside the
 * document or nowhere. Problems are named by their place in the document, like
 * `paths./pets.get.parameters[0]: $ref '#/components/parameters/limit' does not resolve`.
 *
 * @example
 * const problem = findOpenAPIProblem(document);
 * if (problem) throw new Error(`cannot import petstore.json: ${problem}`);
 */
export function findOpenAPIProblem(
  document: unknown,
  options: { baseUrl?: string } = {},
): string | undefined {
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    return 'not an OpenAPI document: expected a JSON or YAML object';
  }
  const candidate = document as Record<string, unknown>;
  if (typeof candidate.swagger === 'string') {
    return `swagger: a Swagger ${candidate.swagger} document; toolrouter imports OpenAPI 3.0 and 3.1. Convert it first (npx swagger2openapi in.json -o out.json)`;
  }
  if (typeof candidate.openapi !== 'string') {
    return "openapi: missing; not an OpenAPI 3.x or Swagger 2 document (no 'openapi' or 'swagger' version field)";
  }
  if (!/^3\.[01]\./.test(candidate.openapi)) {
    return `openapi: version '${candidate.openapi}' is not 3.0 or 3.1`;
  }
  const paths = candidate.paths;
  if (!paths || typeof paths !== 'object' || Object.keys(paths).length === 0) {
    return 'paths: the document has no operations';
  }
  if (!options.baseUrl && !baseUrlFromServer((document as OpenAPIDocument).servers?.[0])) {
    return 'servers: no absolute servers[0].url; give the API base URL (--base-url, or the baseUrl option)';
  }
  return findReferenceProblem(document, paths, 'paths', new Set());
}

function findReferenceProblem(
  document: object,
  value: unknown,
  where: string,
  followed: Set<string>,
): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findReferenceProblem(document, item, `${where}[${index}]`, followed);
      if (problem) return problem;
    }
    return undefined;
  }
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith('#')) {
      return `${where}: $ref '${ref}' points outside the document; bundle it into one file first (npx @redocly/cli bundle)`;
    }
    const target = resolveRef(document, ref);
    if (target === undefined) return `${where}: $ref '${ref}' does not resolve`;
    if (followed.has(ref)) return undefined;
    followed.add(ref);
    return findReferenceProblem(document, target, ref.slice(2).replaceAll('/', '.'), followed);
  }
  for (const [key, item] of Object.entries(value)) {
    // `example(s)` are free-form data, never references to follow.
    if (key === 'example' || key === 'examples') continue;
    const problem = findReferenceProblem(document, item, `${where}.${key}`, followed);
    if (problem) return problem;
  }
  return undefined;
}
