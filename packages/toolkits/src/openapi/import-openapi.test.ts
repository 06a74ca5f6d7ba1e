import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { fromOpenAPI } from './from-openapi.ts';
import { importOpenAPI } from './import-openapi.ts';
import { notesApi31 } from './test-support/notes-api-3-1.ts';
import { trackerApi30 } from './test-support/tracker-api-3-0.ts';

const tracker = importOpenAPI(trackerApi30, { slug: 'tracker', name: 'Tracker' });
const notes = importOpenAPI(notesApi31, { slug: 'notes', name: 'Notes' });

function tool(tools: ToolDefinition[], slug: string): ToolDefinition {
  const found = tools.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no tool ${slug}; have ${tools.map((candidate) => candidate.slug).join(', ')}`);
  return found;
}

function compile(schema: object) {
  const ajv = new Ajv2020({ strict: false, formats: { 'date-time': true } });
  return ajv.compile(schema);
}

describe('importOpenAPI on an OpenAPI 3.0 document', () => {
  const tools = tracker.toolkit.tools;

  it('makes one tool per usable operation, with prefixed UPPER_SNAKE slugs', () => {
    expect(tools.map((candidate) => candidate.slug)).toEqual([
      'TRACKER_LIST_ISSUES',
      'TRACKER_ISSUES_CREATE',
      'TRACKER_ISSUES_DELETE',
      'TRACKER_SET_LABELS',
      'TRACKER_CREATE_TREE',
      'TRACKER_SUBMIT_FORM',
      'TRACKER_SEARCH',
      'TRACKER_HEAD_HEALTH',
    ]);
  });

  it('reports the operations it skipped and why', () => {
    expect(tracker.report).toMatchObject({ operations: 11, tools: 8, filtered: 0 });
    expect(tracker.report.skipped).toEqual([
      expect.objectContaining({
        operationId: 'attachments/upload',
        reason: expect.stringContaining('octet-stream'),
      }),
      expect.objectContaining({ operationId: 'archive', reason: expect.stringContaining('another host') }),
      expect.objectContaining({ method: 'OPTIONS', path: '/health' }),
    ]);
  });

  it('takes the base URL from servers[0] with variable defaults', () => {
    expect(tracker.toolkit.baseUrl).toBe('https://eu.tracker.example/api');
  });

  it('maps security schemes, required ones first, and leaves out those it cannot use', () => {
    expect(tracker.toolkit.auth).toEqual([
      {
        mode: 'oauth2',
        authorizationUrl: 'https://tracker.example/oauth/authorize',
        tokenUrl: 'https://tracker.example/oauth/token',
        scopes: ['issues:read'],
      },
      { mode: 'api_key', in: 'header', name: 'X-Api-Key' },
      { mode: 'bearer' },
      { mode: 'basic' },
    ]);
  });

  it('puts path, query and header parameters at the top level and maps the header name', () => {
    const list = tool(tools, 'TRACKER_LIST_ISSUES');
    expect(list.inputSchema).toEqual({
      type: 'object',
      properties: {
        owner: { type: 'string', description: 'Project owner.' },
        per_page: {
          type: 'integer',
          maximum: 100,
          description: 'Results per page. See pagination. Default: `30`.',
        },
        labels: { type: 'array', items: { type: 'string' } },
        x_request_id: { type: 'string' },
      },
      required: ['owner', 'x_request_id'],
    });
    expect(list.request).toEqual({
      method: 'GET',
      path: '/projects/{owner}/issues',
      parameters: { x_request_id: { in: 'header', name: 'X-Request-Id' } },
    });
    expect(list.tags).toEqual(['readOnlyHint']);
    expect(list.description).toBe('List issues. Lists the issues of a project.\nSee the guide first.');
  });

  it('merges allOf bodies, drops read-only fields, converts nullable, oneOf and exclusive bounds', () => {
    const create = tool(tools, 'TRACKER_ISSUES_CREATE');
    const properties = create.inputSchema.properties as Record<string, object>;
    expect(Object.keys(properties)).toEqual([
      'owner',
      'notify',
      'created',
      'title',
      'labels',
      'assignee',
      'priority',
      'kind',
      'state',
    ]);
    expect(create.inputSchema.required).toEqual(['owner', 'title']);
    expect(properties.created).toEqual({ type: 'string', format: 'date-time' });
    expect(properties.title).toEqual({ type: 'string', description: 'Issue title.' });
    expect(properties.labels).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          color: { type: ['string', 'null'], pattern: '^[0-9a-f]{6}$' },
        },
        required: ['name'],
      },
    });
    expect(properties.assignee).toEqual({
      type: ['object', 'null'],
      properties: { login: { type: 'string' } },
    });
    expect(properties.priority).toEqual({ type: 'integer', minimum: 1, exclusiveMaximum: 5 });
    expect(properties.kind).toEqual({
      anyOf: [{ type: 'string', enum: ['bug', 'feature'] }, { type: 'integer' }],
    });
    expect(properties.state).toEqual({ type: ['string', 'null'], enum: ['open', 'closed', null] });
    expect(create.request).toEqual({
      method: 'POST',
      path: '/projects/{owner}/issues',
      parameters: { notify: 'query' },
    });
    expect(create.tags).toBeUndefined();
  });

  it('marks DELETE destructive and idempotent, mentions deprecation and requires path parameters', () => {
    const remove = tool(tools, 'TRACKER_ISSUES_DELETE');
    expect(remove.tags).toEqual(['destructiveHint', 'idempotentHint']);
    expect(remove.description).toBe('Deprecated. Delete an issue.');
    expect(remove.inputSchema.required).toEqual(['owner', 'number']);
  });

  it('sends a non-object body whole through a body field and adds undeclared path placeholders', () => {
    const setLabels = tool(tools, 'TRACKER_SET_LABELS');
    expect(setLabels.inputSchema).toEqual({
      type: 'object',
      properties: {
        owner: { type: 'string', description: 'Project owner.' },
        number: { type: 'string' },
        body: { type: 'array', items: { type: 'string' }, description: 'Label names.' },
      },
      required: ['owner', 'number'],
    });
    expect(setLabels.request).toEqual({
      method: 'PUT',
      path: '/projects/{owner}/issues/{number}/labels',
      bodyField: 'body',
    });
    expect(setLabels.tags).toEqual(['idempotentHint']);
  });

  it('renames a body field that clashes with a path parameter and cuts recursive refs', () => {
    const createTree = tool(tools, 'TRACKER_CREATE_TREE');
    expect(createTree.inputSchema.properties).toEqual({
      owner: { type: 'string', description: 'Project owner.' },
      body_owner: { type: 'string', description: 'Who owns the node.' },
      name: { type: 'string' },
      children: {
        type: 'array',
        items: { type: 'object', description: 'A Node (recursive: same shape as the enclosing Node).' },
      },
    });
    expect(createTree.request?.parameters).toEqual({ body_owner: { in: 'body', name: 'owner' } });
  });

  it('flattens a oneOf body into fields, required only where every variant requires them', () => {
    const search = tool(tools, 'TRACKER_SEARCH');
    expect(Object.keys(search.inputSchema.properties as object)).toEqual(['owner', 'query', 'limit', 'ids']);
    expect(search.inputSchema.required).toEqual(['owner', 'limit']);
    expect(search.description).toContain(
      'Send one of these sets of body fields: (query, limit) or (ids, limit).',
    );
  });

  it('encodes form bodies as forms and names tools without a summary from their operationId', () => {
    const submit = tool(tools, 'TRACKER_SUBMIT_FORM');
    expect(submit.request?.bodyEncoding).toBe('form');
    expect(submit.name).toBe('Submit form');
    expect(tool(tools, 'TRACKER_HEAD_HEALTH').name).toBe('Check health');
  });

  it('counts the tools per repair reason', () => {
    expect(tracker.report.repairs).toEqual({
      'all-of-merged': 1,
      'body-variants-dropped': 1,
      'body-variants-flattened': 1,
      'cookie-parameter-dropped': 1,
      'default-moved-to-description': 1,
      'exclusive-bound-converted': 1,
      'field-renamed': 1,
      'format-removed': 1,
      'nullable-converted': 1,
      'one-of-to-any-of': 2,
      'openapi-keyword-removed': 1,
      'path-parameter-added': 1,
      'path-parameter-required': 1,
      'read-only-property-removed': 1,
      'recursive-ref-cut': 1,
      'required-deduplicated': 1,
      'reserved-header-dropped': 1,
      'type-inferred': 1,
      'vendor-extension-removed': 1,
    });
    expect(tracker.report.repairedTools).toBe(6);
  });
});

describe('importOpenAPI on an OpenAPI 3.1 document', () => {
  const tools = notes.toolkit.tools;

  it('keeps JSON Schema 2020-12 keywords and repairs the rest', () => {
    const create = tool(tools, 'NOTES_CREATE_NOTE');
    expect(create.inputSchema).toEqual({
      type: 'object',
      properties: {
        text: { type: ['string', 'null'] },
        tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 10 },
        parent: { type: 'object', description: 'The note this one answers.' },
        meta: { type: 'object', additionalProperties: { type: 'string' } },
        status: { type: 'string', const: 'draft' },
        anything: {},
        score: { type: 'number', exclusiveMinimum: 0 },
        color: { type: 'string' },
        list: { type: 'array', items: {} },
      },
      required: ['text'],
    });
  });

  it('defaults to no auth and keeps parameter names that are not identifiers', () => {
    expect(notes.toolkit.auth).toEqual([{ mode: 'none' }]);
    const get = tool(tools, 'NOTES_GET_NOTE');
    expect(get.inputSchema.properties).toEqual({
      id: { type: 'string' },
      'filter[kind]': { type: 'string', enum: ['a', 'b'] },
    });
    expect(get.request?.parameters).toBeUndefined();
  });

  it('takes a non-exploded query array as the delimited text the API reads', () => {
    const { toolkit, report } = importOpenAPI(
      {
        openapi: '3.1.0',
        info: { title: 'Search', version: '1' },
        servers: [{ url: 'https://search.example' }],
        paths: {
          '/items': {
            get: {
              operationId: 'listItems',
              parameters: [
                {
                  name: 'ids',
                  in: 'query',
                  explode: false,
                  description: 'Item ids.',
                  schema: { type: 'array', items: { type: 'string' } },
                },
                {
                  name: 'tags',
                  in: 'query',
                  style: 'pipeDelimited',
                  explode: false,
                  schema: { type: 'array' },
                },
                { name: 'kinds', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
              ],
            },
          },
        },
      },
      { slug: 'search', name: 'Search' },
    );
    expect(toolkit.tools[0]?.inputSchema.properties).toEqual({
      ids: { type: 'string', description: 'Item ids. Several values joined with ",", e.g. "a,b".' },
      tags: { type: 'string', description: 'Several values joined with "|", e.g. "a|b".' },
      kinds: { type: 'array', items: { type: 'string' } },
    });
    expect(report.repairs['delimited-array-to-text']).toBe(1);
  });

  it('reads +json media types and renames the clashing body field', () => {
    const update = tool(tools, 'NOTES_UPDATE_NOTE');
    expect(update.inputSchema.properties).toEqual({
      id: { type: 'string' },
      body_id: { type: 'string' },
      text: { type: 'string' },
    });
    expect(update.request?.parameters).toEqual({ body_id: { in: 'body', name: 'id' } });
  });

  it('replaces a dangling $ref by an empty schema and says so', () => {
    expect(tool(tools, 'NOTES_GET_NOTE_HISTORY').inputSchema.properties).toEqual({ id: {} });
    expect(notes.report.repairs['unresolved-ref-dropped']).toBe(1);
  });
});

describe('every imported schema', () => {
  const all = [...tracker.toolkit.tools, ...notes.toolkit.tools];

  it.each(all.map((candidate) => [candidate.slug, candidate] as const))(
    '%s compiles with Ajv 2020-12',
    (_slug, candidate) => {
      expect(candidate.inputSchema.type).toBe('object');
      const required = (candidate.inputSchema.required ?? []) as string[];
      expect(new Set(required).size).toBe(required.length);
      expect(JSON.stringify(candidate.inputSchema)).not.toMatch(
        /"\$ref"|"nullable"|"x-|"discriminator"|"example"/,
      );
      expect(() => compile(candidate.inputSchema)).not.toThrow();
    },
  );

  it('validates what the API accepts, including null for nullable fields', () => {
    const validate = compile(tool(tracker.toolkit.tools, 'TRACKER_ISSUES_CREATE').inputSchema);
    expect(validate({ owner: 'o', title: 't', assignee: null, state: null, kind: 'bug' })).toBe(true);
    expect(validate({ owner: 'o', title: 't', priority: 5 })).toBe(false);
    expect(validate({ owner: 'o' })).toBe(false);
  });
});

describe('options', () => {
  it('filters by operationId, tag or slug with strings and RegExps, include first', () => {
    const { toolkit, report } = importOpenAPI(trackerApi30, {
      slug: 'tracker',
      name: 'Tracker',
      include: ['issues', 'setLabels', /_TREE$/],
      exclude: [/\.delete$/],
    });
    expect(toolkit.tools.map((candidate) => candidate.slug)).toEqual([
      'TRACKER_LIST_ISSUES',
      'TRACKER_ISSUES_CREATE',
      'TRACKER_SET_LABELS',
      'TRACKER_CREATE_TREE',
    ]);
    expect(report.filtered).toBe(7);
    expect(report.skipped).toEqual([]);
  });

  it('overrides auth, base URL and slug prefix, and adds fixed headers', () => {
    const toolkit = fromOpenAPI(notesApi31, {
      slug: 'notes',
      name: 'Notes',
      auth: [{ mode: 'bearer' }],
      baseUrl: 'http://127.0.0.1:9999/',
      slugPrefix: 'nt',
      headers: { 'x-api-version': '2' },
      logo: 'https://notes.example/logo.svg',
      categories: ['productivity'],
    });
    expect(toolkit).toMatchObject({
      auth: [{ mode: 'bearer' }],
      baseUrl: 'http://127.0.0.1:9999',
      logo: 'https://notes.example/logo.svg',
      categories: ['productivity'],
    });
    expect(toolkit.tools[0]?.slug).toBe('NT_CREATE_NOTE');
    expect(toolkit.tools[0]?.request?.headers).toEqual({ 'x-api-version': '2' });
  });

  it('asks for a base URL when the document has only a relative server', () => {
    const relative = { ...notesApi31, servers: [{ url: '/v1' }] };
    expect(() => importOpenAPI(relative, { slug: 'notes', name: 'Notes' })).toThrow(/baseUrl option/);
    expect(
      importOpenAPI(relative, { slug: 'notes', name: 'Notes', baseUrl: 'https://n.example/v1' }).toolkit
        .baseUrl,
    ).toBe('https://n.example/v1');
  });

  it('refuses what is not an OpenAPI 3 document', () => {
    expect(() => importOpenAPI({ swagger: '2.0' } as never, { slug: 'x', name: 'X' })).toThrow(/OpenAPI 3/);
    expect(() => importOpenAPI({ openapi: '4.0.0' }, { slug: 'x', name: 'X' })).toThrow(/3\.0 and 3\.1/);
  });
});

describe('importOpenAPI credential check', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 'Accounts', version: '1' },
    servers: [{ url: 'https://api.accounts.example' }],
    security: [{ key: [] }],
    components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
    paths: {
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        },
      },
      '/things': { post: { operationId: 'createThing' } },
      '/me': { get: { operationId: 'whoAmI' } },
    },
  } as const;

  it('picks a safe identity GET as the check request of a toolkit that needs auth, unless told otherwise', () => {
    const picked = importOpenAPI(document as never, { slug: 'accounts', name: 'Accounts' });
    expect(picked.toolkit.credentialCheck).toEqual({
      method: 'GET',
      path: '/me',
      identity: ['login', 'email', 'username', 'name'],
    });
    const none = importOpenAPI(document as never, {
      slug: 'accounts',
      name: 'Accounts',
      credentialCheck: false,
    });
    expect(none.toolkit.credentialCheck).toBeUndefined();
    // The tracker has no GET without path parameters: no check rather than a write.
    expect(tracker.toolkit.credentialCheck).toBeUndefined();
  });
});
