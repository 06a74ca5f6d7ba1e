import {
  type AuthScheme,
  type CredentialCheck,
  dereference,
  importOpenAPI,
  type JsonSchema,
  type OpenAPIDocument,
  type PackedTools,
  packTools,
  pickCredentialCheck,
  type ToolDefinition,
  truncateAtSentence,
} from '@toolrouter/toolkits';
import { CATALOG_BUDGETS, type CatalogToolkitInfo } from '../src/catalog-toolkit-info.ts';
import type { CatalogEntry } from './catalog-entry.ts';
import type { SourceDocument } from './load-source-document.ts';
import { SIMPLIFY_LEVELS, simplifySchema } from './simplify-schema.ts';
import { withoutCredentialFields } from './without-credential-fields.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

export interface CatalogToolkitReport {
  slug: string;
  operations: number;
  tools: number;
  /** Left out by `paths`, `include` or `exclude`. */
  filtered: number;
  /** Left out before import because a giant API had too many candidates (deepest paths first). */
  precapped: number;
  /** Operations the importer could not turn into tools (bodies that are not JSON or form data, ...). */
  skipped: number;
  /** Tools whose input schema stayed over budget after every simplification. */
  overBudget: string[];
  /** Tools left out by the `maxTools` cap. */
  capped: number;
  /** Tools whose schema had to be simplified past the first level. */
  simplified: number;
}

export interface GeneratedCatalogToolkit {
  info: CatalogToolkitInfo;
  tools: PackedTools;
  report: CatalogToolkitReport;
}

/**
 * Turns one reviewed catalog entry and its source document into the toolkit data the catalog
 * package ships: the entry's fixes applied (paths, operationId prefixes, auth, base URL), every input
 * schema simplified until it fits `CATALOG_BUDGETS.toolSchemaChars`, at most `maxTools` tools.
 * Throws an Error naming the entry for anything the list must fix (no https base URL, no auth).
 *
 * @example
 * const { info, tools, report } = generateCatalogToolkit(entry, load(entry.source));
 */
export function generateCatalogToolkit(entry: CatalogEntry, source: SourceDocument): GeneratedCatalogToolkit {
  const fail = (message: string): never => {
    throw new Error(`catalog entry '${entry.slug}': ${message}`);
  };
  const { document, matching } = prepareDocument(source.document, entry);
  const operations = countOperations(source.document);
  const { toolkit, report } = importOpenAPI(document, {
    slug: entry.slug,
    name: entry.name,
    description: entry.description,
    categories: entry.categories,
    ...(entry.logo || logoOf(source.document) ? { logo: entry.logo ?? logoOf(source.document) } : {}),
    ...(entry.baseUrl ? { baseUrl: entry.baseUrl } : {}),
    ...(entry.auth ? { auth: entry.auth } : {}),
    ...(entry.include ? { include: entry.include } : {}),
    ...(entry.exclude ? { exclude: entry.exclude } : {}),
    ...(entry.headers ? { headers: entry.headers } : {}),
    ...(entry.connectHelp ? { connectHelp: entry.connectHelp } : {}),
    // The prefix is added below as written: the importer would split `api2pdf` into `API2_PDF_`.
    slugPrefix: '',
  });
  if (!toolkit.baseUrl.startsWith('https://') || /[{}]/.test(toolkit.baseUrl)) {
    fail(`base URL '${toolkit.baseUrl}' is not a plain https URL; set baseUrl`);
  }
  const auth = fixAuth(toolkit.auth, entry, fail);
  const overBudget: string[] = [];
  let simplified = 0;
  const fitting: ToolDefinition[] = [];
  const prefix = `${entry.slug.toUpperCase()}_`;
  for (const imported of toolkit.tools) {
    const tool = withoutCredentialFields(
      {
        ...imported,
        slug: `${prefix}${imported.slug.replace(/^OP_/, '')}`,
        description: modelDescription(imported),
      },
      auth,
    );
    const fitted = fitSchema(tool.inputSchema);
    if (!fitted) {
      overBudget.push(tool.slug);
      continue;
    }
    if (fitted.level > 0) simplified++;
    fitting.push({ ...tool, inputSchema: fitted.schema, tags: tagsFor(tool) } as ToolDefinition);
  }
  const kept = capTools(fitting, entry.maxTools ?? CATALOG_BUDGETS.toolsPerToolkit);
  if (kept.length === 0) fail('no operation became a tool; check paths/include/exclude');
  const credentialCheck = catalogCredentialCheck(entry, auth, kept, fail);
  const info: CatalogToolkitInfo = {
    slug: entry.slug,
    name: entry.name,
    description: entry.description,
    ...(toolkit.logo ? { logo: toolkit.logo } : {}),
    categories: entry.categories,
    baseUrl: toolkit.baseUrl,
    auth,
    ...(entry.connectHelp ? { connectHelp: entry.connectHelp } : {}),
    ...(entry.developerConsole ? { developerConsole: entry.developerConsole } : {}),
    ...(credentialCheck ? { credentialCheck } : {}),
    tools: kept.length,
    source: sourceInfo(source),
  };
  return {
    info,
    tools: packTools(kept, { source: source.source, ...(entry.headers ? { headers: entry.headers } : {}) }),
    report: {
      slug: entry.slug,
      operations,
      tools: kept.length,
      filtered: operations - matching + report.filtered,
      precapped: matching - report.operations,
      skipped: report.skipped.length,
      overBudget,
      capped: fitting.length - kept.length,
      simplified,
    },
  };
}

/**
 * The request that checks typed-in or fresh credentials before they are stored: the entry's (a GET
 * of one of the kept tools), else a cheap read-only GET the importer picks among the kept tools (an
 * identity-like one such as `/me`, else the shortest without required input). None for no-auth
 * toolkits or with `credentialCheck: false`.
 */
function catalogCredentialCheck(
  entry: CatalogEntry,
  auth: AuthScheme[],
  kept: ToolDefinition[],
  fail: (message: string) => never,
): CredentialCheck | undefined {
  if (entry.credentialCheck === false || auth.every((scheme) => scheme.mode === 'none')) return undefined;
  if (!entry.credentialCheck) return pickCredentialCheck(kept, entry.headers);
  const check = entry.credentialCheck;
  if (check.method !== 'GET') fail(`credentialCheck must be a read-only GET, not ${check.method}`);
  const path = check.path.split('?')[0];
  if (!kept.some((tool) => tool.request?.method === 'GET' && tool.request.path === path)) {
    fail(`credentialCheck path '${check.path}' is not the path of a GET tool of the toolkit`);
  }
  return { ...check, ...(entry.headers ? { headers: { ...entry.headers } } : {}) };
}

/** A shallow copy with only the entry's paths, and operationIds without the entry's prefix. */
function prepareDocument(
  source: OpenAPIDocument,
  entry: CatalogEntry,
): { document: OpenAPIDocument; matching: number } {
  const document = entry.dropNavigationProperties ? withoutNavigationProperties(source) : source;
  const patterns = entry.paths?.map((pattern) => new RegExp(pattern));
  const matching = Object.entries(document.paths ?? {}).filter(
    ([path]) => !patterns || patterns.some((pattern) => pattern.test(path)),
  );
  // Giant APIs: only the shortest paths are candidates (twice the cap, as some fail), which keeps
  // converting Graph's deeply nested schemas to what can be kept.
  const limit = 2 * (entry.maxTools ?? CATALOG_BUDGETS.toolsPerToolkit);
  const depth = (path: string) => path.split('/').length;
  let kept = matching;
  if (operationsIn(matching) > limit) {
    const ranked = matching
      .map((pair, index) => ({ pair, index }))
      .sort((a, b) => depth(a.pair[0]) - depth(b.pair[0]) || a.index - b.index);
    const chosen = new Set<number>();
    let count = 0;
    for (const { pair, index } of ranked) {
      if (count >= limit) break;
      chosen.add(index);
      count += operationsIn([pair]);
    }
    kept = matching.filter((_pair, index) => chosen.has(index));
  }
  const paths: NonNullable<OpenAPIDocument['paths']> = {};
  for (const [path, item] of kept) {
    if (!entry.stripOperationId && !entry.dropParameters) {
      paths[path] = item;
      continue;
    }
    const dropped = new Set(entry.dropParameters ?? []);
    const keep = (parameters: unknown) =>
      Array.isArray(parameters)
        ? parameters.filter((parameter) => !dropped.has(parameterName(document, parameter) ?? ''))
        : parameters;
    const copy: Record<string, unknown> = {
      ...item,
      parameters: keep((item as { parameters?: unknown }).parameters),
    };
    if (copy.parameters === undefined) delete copy.parameters;
    for (const method of METHODS) {
      const operation = copy[method] as { operationId?: string; parameters?: unknown } | undefined;
      if (!operation) continue;
      const operationId =
        operation.operationId && entry.stripOperationId
          ? operation.operationId.replace(entry.stripOperationId, '') || operation.operationId
          : operation.operationId;
      copy[method] = {
        ...operation,
        ...(operationId ? { operationId } : {}),
        ...(operation.parameters ? { parameters: keep(operation.parameters) } : {}),
      };
    }
    paths[path] = copy as (typeof paths)[string];
  }
  return { document: { ...document, paths }, matching: operationsIn(matching) };
}

/** At most `CATALOG_BUDGETS.descriptionChars`, and never just a few words: the name and route are added. */
function modelDescription(tool: ToolDefinition): string {
  let text = tool.description.trim();
  if (text.length < 20) {
    const route = tool.request ? `${tool.request.method} ${tool.request.path}` : '';
    const name = tool.name.trim();
    const sameAsName = text.replace(/[.!?]$/, '') === name.replace(/[.!?]$/, '');
    text = [sameAsName ? '' : name, text, route ? `(${route})` : ''].filter(Boolean).join(' ');
  }
  return truncateAtSentence(text, CATALOG_BUDGETS.descriptionChars);
}

function parameterName(document: OpenAPIDocument, parameter: unknown): string | undefined {
  const resolved = dereference<{ name?: string }>(document, parameter as { name?: string });
  return resolved?.name;
}

const pruned = new WeakMap<OpenAPIDocument, OpenAPIDocument>();

/**
 * Microsoft Graph: a copy whose component schemas lose their navigation properties
 * (`x-ms-navigationProperty`, relations fetched through their own paths; inlined, they make every
 * entity hold the whole graph of entities) and their required `@odata.type`.
 */
function withoutNavigationProperties(document: OpenAPIDocument): OpenAPIDocument {
  let copy = pruned.get(document);
  if (copy) return copy;
  const schemas: Record<string, unknown> = {};
  const strip = (schema: unknown): unknown => {
    if (!schema || typeof schema !== 'object') return schema;
    const record = schema as Record<string, unknown>;
    const result: Record<string, unknown> = { ...record };
    if (record.properties && typeof record.properties === 'object') {
      result.properties = Object.fromEntries(
        Object.entries(record.properties as Record<string, Record<string, unknown>>).filter(
          ([, property]) => property?.['x-ms-navigationProperty'] !== true,
        ),
      );
    }
    // Graph marks `@odata.type` required on every entity, though the service infers it.
    if (Array.isArray(record.required))
      result.required = record.required.filter((name) => name !== '@odata.type');
    if (Array.isArray(record.allOf)) result.allOf = record.allOf.map(strip);
    return result;
  };
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {}))
    schemas[name] = strip(schema);
  copy = { ...document, components: { ...document.components, schemas } } as OpenAPIDocument;
  pruned.set(document, copy);
  return copy;
}

function countOperations(document: OpenAPIDocument): number {
  return operationsIn(Object.entries(document.paths ?? {}));
}

function operationsIn(paths: Array<[string, unknown]>): number {
  let count = 0;
  for (const [, item] of paths) {
    for (const method of METHODS) if ((item as Record<string, unknown>)?.[method]) count++;
  }
  return count;
}

function fixAuth(mapped: AuthScheme[], entry: CatalogEntry, fail: (message: string) => never): AuthScheme[] {
  if (entry.noAuth) return [{ mode: 'none' }];
  const auth = mapped
    .filter((scheme) => scheme.mode !== 'none')
    .map((scheme) => (scheme.mode === 'oauth2' && entry.oauth ? { ...scheme, ...entry.oauth } : scheme));
  if (auth.length === 0)
    fail('the document declares no usable auth scheme; set auth (or noAuth for public APIs)');
  for (const scheme of auth) {
    if (scheme.mode !== 'oauth2') continue;
    for (const url of [scheme.authorizationUrl, scheme.tokenUrl]) {
      if (!url.startsWith('https://')) fail(`OAuth URL '${url}' is not https; set auth`);
    }
  }
  return auth;
}

function fitSchema(inputSchema: JsonSchema): { schema: JsonSchema; level: number } | undefined {
  const properties = (inputSchema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [index, level] of SIMPLIFY_LEVELS.entries()) {
    const simplifiedProperties: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(properties)) {
      simplifiedProperties[name] = simplifySchema(property, level, 0);
    }
    const schema = { ...inputSchema, properties: simplifiedProperties };
    if (JSON.stringify(schema).length <= CATALOG_BUDGETS.toolSchemaChars) return { schema, level: index };
  }
  return undefined;
}

/** The method's hints, plus read-only for POST operations that only search or query. */
function tagsFor(tool: ToolDefinition): ToolDefinition['tags'] {
  const tags = tool.tags ?? [];
  const method = tool.request?.method;
  if (
    method === 'POST' &&
    /_(SEARCH|QUERY)(_|$)/.test(tool.slug) &&
    !/(CREATE|DELETE|UPDATE)/.test(tool.slug)
  ) {
    return ['readOnlyHint'];
  }
  return tags;
}

/** At most `max` tools: the shortest paths first, ties in document order; the result keeps document order. */
function capTools(tools: ToolDefinition[], max: number): ToolDefinition[] {
  if (tools.length <= max) return tools;
  const depth = (tool: ToolDefinition) => (tool.request?.path ?? '').split('/').length;
  const ranked = tools
    .map((tool, index) => ({ tool, index }))
    .sort((a, b) => depth(a.tool) - depth(b.tool) || a.index - b.index);
  const keep = new Set(ranked.slice(0, max).map((entry) => entry.index));
  return tools.filter((_tool, index) => keep.has(index));
}

function logoOf(document: OpenAPIDocument): string | undefined {
  const url = (document.info as { 'x-logo'?: { url?: unknown } } | undefined)?.['x-logo']?.url;
  return typeof url === 'string' && url.startsWith('https://') ? url : undefined;
}

function sourceInfo(source: SourceDocument): CatalogToolkitInfo['source'] {
  const info = (source.document.info ?? {}) as {
    title?: string;
    version?: string;
    license?: { name?: string };
    termsOfService?: string;
  };
  return {
    document: source.source,
    ...(info.title ? { title: info.title } : {}),
    ...(info.version ? { version: String(info.version) } : {}),
    ...(info.license?.name ? { license: info.license.name } : {}),
    ...(info.termsOfService ? { termsOfService: info.termsOfService } : {}),
  };
}
