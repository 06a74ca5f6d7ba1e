import type { HttpMethod, HttpRequestMapping, ParameterLocation } from '@toolrouter/toolkits';
import { InvalidToolArgumentsError } from '../errors/invalid-tool-arguments-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { assertAllowedUrl } from './assert-allowed-url.ts';
import { encodeFormBody } from './encode-form-body.ts';
import { joinBaseUrl } from './join-base-url.ts';

/** A request ready for `fetch`, before credentials are applied. */
export interface HttpRequest {
  url: URL;
  method: HttpMethod;
  headers: Headers;
  body?: string;
}

export interface BuildHttpRequestOptions {
  toolSlug: string;
  request: HttpRequestMapping;
  /** The toolkit's base URL, possibly with a path prefix (`https://api.x.com/v1`), which is kept. */
  baseUrl: string;
  /** Validated tool arguments. */
  arguments: Record<string, unknown>;
}

type Issue = { field: string; message: string };
type Target = { in: ParameterLocation; name: string; multiSegment?: boolean };

const placeholderPattern = /\{([^{}/]+)\}/g;
const dotSegment = /^(?:\.|%2e){1,2}$/i;

/**
 * Turns validated tool arguments into an HTTP request following the tool's mapping:
 * - `{name}` placeholders in `path` take the field of that name, URL-encoded as one path segment
 *   (a value can never add segments, change the host, be empty or be `.`/`..`);
 * - the other fields go to the query for GET/HEAD/DELETE (and when `bodyField` takes the body),
 *   to the body for POST/PUT/PATCH; `parameters` overrides a field's location and wire name;
 * - query arrays repeat the key (`labels=a&labels=b`), query objects are sent as JSON text;
 * - the body is JSON (`content-type: application/json`) or, with `bodyEncoding: 'form'`,
 *   `application/x-www-form-urlencoded` with bracket nesting (`metadata[key]=v`);
 * - `undefined` values are left out everywhere, `null` only survives in JSON bodies.
 *
 * @throws InvalidToolArgumentsError when a path parameter is missing or unusable.
 * @throws ValidationError when the final URL would leave the base URL's origin.
 * @example
 * const request = buildHttpRequest({
 *   toolSlug: 'GITHUB_ISSUES_CREATE',
 *   request: { method: 'POST', path: '/repos/{owner}/{repo}/issues' },
 *   baseUrl: 'https://api.github.com',
 *   arguments: { owner: 'octocat', repo: 'hello', title: 'Bug' },
 * });
 * // POST https://api.github.com/repos/octocat/hello/issues, body {"title":"Bug"}
 */
export function buildHttpRequest({
  toolSlug,
  request,
  baseUrl,
  arguments: args,
}: BuildHttpRequestOptions): HttpRequest {
  const { queryAt, pathTemplate, placeholders } = pathShapeOf(request);
  const defaultLocation: ParameterLocation =
    request.method === 'GET' ||
    request.method === 'HEAD' ||
    request.method === 'DELETE' ||
    request.bodyField !== undefined
      ? 'query'
      : 'body';

  const pathValues = new Map<string, { field: string; value: unknown; multiSegment: boolean }>();
  const query: Array<[string, unknown]> = [];
  const headerValues: Array<[string, string, unknown]> = [];
  const bodyFields: Record<string, unknown> = {};
  let hasBodyFields = false;

  for (const [field, value] of Object.entries(args)) {
    if (field === request.bodyField) continue;
    const target = targetOf(field, request, placeholders, defaultLocation);
    if (target.in === 'path') {
      pathValues.set(target.name, { field, value, multiSegment: target.multiSegment === true });
      continue;
    }
    if (value === undefined) continue;
    if (target.in === 'query') query.push([target.name, value]);
    else if (target.in === 'header') headerValues.push([target.name, field, value]);
    else {
      bodyFields[target.name] = value;
      hasBodyFields = true;
    }
  }

  const path = renderPath(toolSlug, pathTemplate, pathValues);
  const url = joinBaseUrl(baseUrl, queryAt === -1 ? path : `${path}${request.path.slice(queryAt)}`);
  for (const [name, value] of query) appendQueryValue(url.searchParams, name, value);
  assertAllowedUrl(url, baseUrl);

  const headers = new Headers(request.headers);
  for (const [name, field, value] of headerValues) {
    if (value === null) continue;
    try {
      headers.set(name, Array.isArray(value) ? value.map(textOf).join(', ') : textOf(value));
    } catch (error) {
      throw invalidArguments(
        toolSlug,
        [{ field, message: 'cannot be sent as a header (line breaks?)' }],
        error,
      );
    }
  }

  const body = bodyOf(request, args, hasBodyFields ? bodyFields : undefined);
  if (body === undefined) return { url, method: request.method, headers };
  if (!headers.has('content-type')) {
    headers.set(
      'content-type',
      request.bodyEncoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    );
  }
  return { url, method: request.method, headers, body };
}

interface PathShape {
  path: string;
  queryAt: number;
  pathTemplate: string;
  placeholders: ReadonlySet<string>;
}

/** Per mapping object: a catalog tool's path is split and its placeholders found once, not per call. */
const pathShapes = new WeakMap<HttpRequestMapping, PathShape>();

function pathShapeOf(request: HttpRequestMapping): PathShape {
  const known = pathShapes.get(request);
  if (known !== undefined && known.path === request.path) return known;
  const queryAt = request.path.indexOf('?');
  const pathTemplate = queryAt === -1 ? request.path : request.path.slice(0, queryAt);
  const placeholders = new Set([...pathTemplate.matchAll(placeholderPattern)].map((match) => match[1]!));
  const shape = { path: request.path, queryAt, pathTemplate, placeholders };
  pathShapes.set(request, shape);
  return shape;
}

function targetOf(
  field: string,
  request: HttpRequestMapping,
  placeholders: ReadonlySet<string>,
  defaultLocation: ParameterLocation,
): Target {
  const mapping = request.parameters?.[field];
  if (mapping === undefined) return { in: placeholders.has(field) ? 'path' : defaultLocation, name: field };
  if (typeof mapping === 'string') return { in: mapping, name: field };
  return {
    in: mapping.in,
    name: mapping.name ?? field,
    ...(mapping.multiSegment ? { multiSegment: true } : {}),
  };
}

function renderPath(
  toolSlug: string,
  template: string,
  values: Map<string, { field: string; value: unknown; multiSegment: boolean }>,
): string {
  const issues: Issue[] = [];
  const segments = template.split('/').map((segment) => {
    let filledField: string | undefined;
    const rendered = segment.replace(placeholderPattern, (_match, name: string) => {
      const binding = values.get(name);
      const field = binding?.field ?? name;
      if (binding === undefined || binding.value === undefined || binding.value === null) {
        issues.push({ field, message: 'is required (it is part of the URL path)' });
        return '';
      }
      if (binding.multiSegment) {
        // A value such as `src/index.ts` fills several segments: each is encoded on its own, and none
        // may be empty or a dot segment, so the value can never climb out of its place in the path.
        const parts = textOf(binding.value)
          .replace(/^\/+|\/+$/g, '')
          .split('/');
        if (parts.some((part) => part === '' || dotSegment.test(part))) {
          issues.push({
            field,
            message: "must be a path like 'docs/readme.md' without empty, '.' or '..' segments",
          });
          return '';
        }
        return parts.map((part) => encodeURIComponent(part)).join('/');
      }
      const encoded = encodePathValue(binding.value);
      if (encoded === '') issues.push({ field, message: 'must not be empty (it is part of the URL path)' });
      filledField = field;
      return encoded;
    });
    if (filledField !== undefined && dotSegment.test(rendered)) {
      issues.push({ field: filledField, message: "must not be '.' or '..' (it is part of the URL path)" });
    }
    return rendered;
  });
  if (issues.length > 0) throw invalidArguments(toolSlug, issues);
  return segments.join('/');
}

function encodePathValue(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => encodeURIComponent(textOf(item))).join(',');
  return encodeURIComponent(textOf(value));
}

function appendQueryValue(params: URLSearchParams, name: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && item !== undefined) params.append(name, textOf(item));
    return;
  }
  params.append(name, textOf(value));
}

function bodyOf(
  request: HttpRequestMapping,
  args: Record<string, unknown>,
  bodyFields: Record<string, unknown> | undefined,
): string | undefined {
  let payload: unknown = bodyFields;
  if (request.bodyField !== undefined && args[request.bodyField] !== undefined) {
    const whole = args[request.bodyField];
    if (bodyFields === undefined) payload = whole;
    else if (isPlainObject(whole)) payload = { ...whole, ...bodyFields };
    else {
      throw new ValidationError({
        field: 'request.bodyField',
        message: `bodyField '${request.bodyField}' is not an object, so other fields mapped to the body cannot join it.`,
      });
    }
  }
  if (payload === undefined) return undefined;
  if (request.bodyEncoding !== 'form') return JSON.stringify(payload);
  if (!isPlainObject(payload)) {
    throw new ValidationError({
      field: 'request.bodyEncoding',
      message: 'A form-encoded body must be an object of fields.',
    });
  }
  return encodeFormBody(payload);
}

/** Scalars as text; objects as JSON text (the documented choice for objects outside a JSON body). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidArguments(toolSlug: string, issues: Issue[], cause?: unknown): InvalidToolArgumentsError {
  return new InvalidToolArgumentsError({
    toolSlug,
    issues,
    message: `${toolSlug}: ${issues.map((issue) => `field '${issue.field}' ${issue.message}`).join('; ')}`,
    cause,
  });
}
