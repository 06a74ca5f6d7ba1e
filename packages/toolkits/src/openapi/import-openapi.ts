import type {
  AuthScheme,
  CredentialCheck,
  HttpMethod,
  ToolDefinition,
  ToolkitDefinition,
} from '../toolkit/toolkit-types.ts';
import { validateToolkit } from '../toolkit/validate-toolkit.ts';
import { authFromSecuritySchemes } from './auth-from-security-schemes.ts';
import { baseUrlFromServer } from './base-url-from-servers.ts';
import { buildOperationInput } from './build-operation-input.ts';
import { createSchemaConverter } from './convert-schema.ts';
import { matchesOperation, type OperationFilter } from './matches-operation.ts';
import type { OpenAPIDocument, OpenAPIOperation, OpenAPIPathItem } from './openapi-types.ts';
import { toOperationSlugs } from './operation-slugs.ts';
import { pickCredentialCheck } from './pick-credential-check.ts';
import type { RepairReason } from './repair-reason.ts';
import { dereference } from './resolve-ref.ts';
import { tagsForMethod } from './tags-for-method.ts';
import { toPlainText, truncateAtSentence } from './to-plain-text.ts';
import { toUpperSnake } from './to-upper-snake.ts';

export interface ImportOpenAPIOptions {
  /** Toolkit slug, lower-case: `github`. */
  slug: string;
  name: string;
  /** One line for catalog listings. Default: the document's `info.title`. */
  description?: string;
  logo?: string;
  categories?: string[];
  /** Default: `servers[0].url` with its variables' defaults. Required when that is missing or relative. */
  baseUrl?: string;
  /** Default: mapped from `components.securitySchemes`, or `[{ mode: 'none' }]`. */
  auth?: AuthScheme[];
  /**
   * Keep only operations that a filter matches. A string matches an operationId, a tag or a tool slug
   * exactly; a RegExp is tested against each of them.
   */
  include?: OperationFilter | OperationFilter[];
  /** Drop operations that a filter matches (same matching as `include`); applied after `include`. */
  exclude?: OperationFilter | OperationFilter[];
  /** Put before every tool slug. Default: the toolkit slug upper-cased and `_` (`GITHUB_`). */
  slugPrefix?: string;
  /** Fixed headers sent with every call, e.g. an API version. */
  headers?: Record<string, string>;
  connectHelp?: string;
  /**
   * The request that checks credentials before they are stored. Default: a GET the importer picks
   * (an identity-like one such as `/user` or `/me`, else the shortest without required input);
   * `false`: none.
   */
  credentialCheck?: CredentialCheck | false;
}

/** An operation the importer could not turn into a tool, and why. */
export interface SkippedOperation {
  method: string;
  path: string;
  operationId?: string;
  reason: string;
}

export interface ImportOpenAPIReport {
  /** Operations in the document. */
  operations: number;
  /** Tools in the toolkit. */
  tools: number;
  /** Operations left out by `include` / `exclude`. */
  filtered: number;
  skipped: SkippedOperation[];
  /** Tools whose input schema or mapping needed at least one repair. */
  repairedTools: number;
  /** Per reason, how many tools needed that repair. */
  repairs: Partial<Record<RepairReason, number>>;
}

export interface ImportOpenAPIResult {
  toolkit: ToolkitDefinition;
  report: ImportOpenAPIReport;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
const DESCRIPTION_LENGTH = 600;

/**
 * Turns an OpenAPI 3.0 or 3.1 document into a toolkit, one tool per operation, and reports what it
 * skipped and repaired on the way. Only local `$ref`s are followed; fetch and bundle external ones first.
 *
 * @example
 * const { toolkit, report } = importOpenAPI(document, { slug: 'petstore', name: 'Petstore' });
 * console.log(report.tools, report.repairs); // 19 { 'nullable-converted': 3 }
 */
export function importOpenAPI(document: OpenAPIDocument, options: ImportOpenAPIOptions): ImportOpenAPIResult {
  if (!document || typeof document !== 'object' || typeof document.openapi !== 'string') {
    throw new TypeError('importOpenAPI() needs an OpenAPI 3 document (an object with an `openapi` version)');
  }
  if (!/^3\.[01]\./.test(document.openapi)) {
    throw new TypeError(`importOpenAPI() reads OpenAPI 3.0 and 3.1, got version '${document.openapi}'`);
  }
  const documentBaseUrl = baseUrlFromServer(document.servers?.[0]);
  const baseUrl = options.baseUrl?.replace(/\/+$/, '') ?? documentBaseUrl;
  if (!baseUrl) {
    throw new TypeError(
      `toolkit '${options.slug}': the document has no absolute servers[0].url; pass the API's baseUrl option`,
    );
  }
  const converter = createSchemaConverter(document);
  const operations = listOperations(document);
  const slugs = toOperationSlugs(operations, options.slugPrefix ?? `${options.slug.toUpperCase()}_`);
  const report: ImportOpenAPIReport = {
    operations: operations.length,
    tools: 0,
    filtered: 0,
    skipped: [],
    repairedTools: 0,
    repairs: {},
  };
  const tools: ToolDefinition[] = [];
  for (const [index, entry] of operations.entries()) {
    const { method, path, operation, pathItem } = entry;
    const slug = slugs[index] as string;
    const names = [operation.operationId ?? '', ...(operation.tags ?? []), slug].filter(Boolean);
    if (
      (options.include && !matchesOperation(options.include, names)) ||
      (options.exclude && matchesOperation(options.exclude, names))
    ) {
      report.filtered++;
      continue;
    }
    const skip = (reason: string) =>
      report.skipped.push({ method: method.toUpperCase(), path, operationId: operation.operationId, reason });
    if (!['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method)) {
      skip(`${method.toUpperCase()} is not a method tools can use`);
      continue;
    }
    const servers = operation.servers ?? pathItem.servers;
    if (servers?.length && baseUrlFromServer(servers[0]) !== documentBaseUrl) {
      skip(`served from another host (${servers[0]?.url})`);
      continue;
    }
    const repairs = new Set<RepairReason>();
    const httpMethod = method.toUpperCase() as HttpMethod;
    const input = buildOperationInput({
      document,
      converter,
      method: httpMethod,
      path,
      parameters: [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])],
      requestBody: operation.requestBody,
      repairs,
    });
    if (typeof input === 'string') {
      skip(input);
      continue;
    }
    const tool: ToolDefinition = {
      slug,
      name: toolName(operation, httpMethod, path),
      description: toolDescription(operation, httpMethod, path, input.note),
      inputSchema: input.inputSchema,
      request: {
        method: httpMethod,
        path,
        ...(Object.keys(input.parameters).length > 0 ? { parameters: input.parameters } : {}),
        ...(options.headers ? { headers: { ...options.headers } } : {}),
        ...(input.bodyEncoding ? { bodyEncoding: input.bodyEncoding } : {}),
        ...(input.bodyField ? { bodyField: input.bodyField } : {}),
      },
    };
    const tags = tagsForMethod(httpMethod);
    if (tags.length > 0) tool.tags = tags;
    tools.push(tool);
    if (repairs.size > 0) report.repairedTools++;
    for (const reason of repairs) report.repairs[reason] = (report.repairs[reason] ?? 0) + 1;
  }
  report.tools = tools.length;
  report.repairs = Object.fromEntries(Object.entries(report.repairs).sort(([a], [b]) => a.localeCompare(b)));
  const toolkit: ToolkitDefinition = {
    slug: options.slug,
    name: options.name,
    description: options.description ?? document.info?.title ?? options.name,
    ...(options.logo ? { logo: options.logo } : {}),
    ...(options.categories ? { categories: options.categories } : {}),
    baseUrl,
    auth: options.auth ?? authFromSecuritySchemes(document),
    tools,
    ...(options.connectHelp ? { connectHelp: options.connectHelp } : {}),
  };
  const credentialCheck =
    options.credentialCheck === false
      ? undefined
      : (options.credentialCheck ?? pickCredentialCheck(tools, options.headers));
  if (credentialCheck && !toolkit.auth.every((scheme) => scheme.mode === 'none')) {
    toolkit.credentialCheck = credentialCheck;
  }
  validateToolkit(toolkit);
  return { toolkit, report };
}

interface OperationEntry {
  method: string;
  path: string;
  operation: OpenAPIOperation;
  pathItem: OpenAPIPathItem;
}

function listOperations(document: OpenAPIDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const pathItem = dereference<OpenAPIPathItem>(document, item);
    if (!pathItem || typeof pathItem !== 'object') continue;
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!METHODS.has(method) || !operation || typeof operation !== 'object') continue;
      entries.push({ method, path, operation: operation as OpenAPIOperation, pathItem });
    }
  }
  return entries;
}

function toolName(operation: OpenAPIOperation, method: HttpMethod, path: string): string {
  const summary = operation.summary ? toPlainText(operation.summary, 120) : '';
  if (summary) return summary;
  if (!operation.operationId) return `${method} ${path}`;
  const words = toUpperSnake(operation.operationId).toLowerCase().replaceAll('_', ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

function toolDescription(
  operation: OpenAPIOperation,
  method: HttpMethod,
  path: string,
  note?: string,
): string {
  const summary = operation.summary ? toPlainText(operation.summary, 200) : '';
  const details = operation.description ? toPlainText(operation.description, DESCRIPTION_LENGTH * 2) : '';
  const parts = [
    operation.deprecated ? 'Deprecated.' : '',
    summary && !/[.!?]$/.test(summary) ? `${summary}.` : summary,
  ];
  if (details && !details.startsWith(summary || '\u0000')) parts.push(details);
  else if (details) parts[1] = details;
  const text = parts.filter(Boolean).join(' ') || `${method} ${path}`;
  const body = truncateAtSentence(text, DESCRIPTION_LENGTH - (note ? note.length + 1 : 0));
  return note ? `${body}\n${note}` : body;
}
