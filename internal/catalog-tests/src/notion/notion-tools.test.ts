import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notion } from '../../../../packages/toolkits/src/notion/notion-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import {
  MISSING_DATABASE_ID,
  NOTION_DATABASE_ID,
  NOTION_PAGE_ID,
  startNotionMockApi,
} from './notion-mock-api.ts';

const token = 'ntn_test_4f2a9c1b7e';
let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startNotionMockApi({ token });
  ({ session } = await createTestSession({
    toolkit: notion,
    baseUrl: api.url,
    credentials: { accessToken: token },
  }));
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

function only() {
  expect(api.requests).toHaveLength(1);
  const request = api.requests[0]!;
  expect(request.headers.authorization).toBe(`Bearer ${token}`);
  expect(request.headers['notion-version']).toBe('2022-06-28');
  return request;
}

describe('notion tools against a Notion-shaped API', () => {
  it('NOTION_SEARCH posts the query, filter and sort as JSON', async () => {
    const result = await session.execute('NOTION_SEARCH', {
      query: 'Roadmap',
      filter: { property: 'object', value: 'page' },
      sort: { direction: 'descending', timestamp: 'last_edited_time' },
      page_size: 10,
    });
    expect(result.successful).toBe(true);
    expect((result.data as any).results[0].id).toBe(NOTION_PAGE_ID);
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/search');
    expect(request.headers['content-type']).toContain('application/json');
    expect(request.json).toEqual({
      query: 'Roadmap',
      filter: { property: 'object', value: 'page' },
      sort: { direction: 'descending', timestamp: 'last_edited_time' },
      page_size: 10,
    });
  });

  it('NOTION_GET_PAGE reads /v1/pages/{page_id}', async () => {
    const result = await session.execute('NOTION_GET_PAGE', { page_id: NOTION_PAGE_ID });
    expect(result).toMatchObject({ successful: true, data: { object: 'page', id: NOTION_PAGE_ID } });
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.path).toBe(`/v1/pages/${NOTION_PAGE_ID}`);
    expect([...request.query.keys()]).toEqual([]);
  });

  it("NOTION_GET_PAGE reports Notion's 404 error object as a failure", async () => {
    const result = await session.execute('NOTION_GET_PAGE', {
      page_id: '00000000-0000-0000-0000-000000000000',
    });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('404');
    expect(result.error).toContain('Could not find page with ID');
  });

  it('NOTION_CREATE_PAGE in a database fills its title column and turns content into blocks', async () => {
    const result = await session.execute('NOTION_CREATE_PAGE', {
      parent_database_id: NOTION_DATABASE_ID,
      title: 'Ship v2',
      properties: { Status: { status: { name: 'Done' } } },
      content: '## Steps\n- write **tests**\n- [x] review',
      icon_emoji: '🚀',
    });
    expect(result).toMatchObject({ successful: true, data: { object: 'page' } });
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /v1/databases/${NOTION_DATABASE_ID}`,
      'POST /v1/pages',
    ]);
    const create = api.requests[1]!;
    expect(create.headers['notion-version']).toBe('2022-06-28');
    expect(create.json.parent).toEqual({ database_id: NOTION_DATABASE_ID });
    expect(create.json.icon).toEqual({ type: 'emoji', emoji: '🚀' });
    expect(create.json.properties).toEqual({
      Status: { status: { name: 'Done' } },
      'Task name': { title: [{ type: 'text', text: { content: 'Ship v2', link: null } }] },
    });
    expect(create.json.children.map((block: any) => block.type)).toEqual([
      'heading_2',
      'bulleted_list_item',
      'to_do',
    ]);
    expect(create.json.children[1].bulleted_list_item.rich_text[1]).toEqual({
      type: 'text',
      text: { content: 'tests', link: null },
      annotations: { bold: true },
    });
  });

  it('NOTION_CREATE_PAGE under a page sends the first 100 blocks, then appends the rest', async () => {
    const content = Array.from({ length: 150 }, (_, index) => `- item ${index}`).join('\n');
    const result = await session.execute('NOTION_CREATE_PAGE', {
      parent_page_id: NOTION_PAGE_ID,
      title: 'Long',
      content,
    });
    expect(result.successful).toBe(true);
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/pages',
      'PATCH /v1/blocks/11111111-2222-3333-4444-555555555555/children',
    ]);
    expect(api.requests[0]!.json.properties).toEqual({
      title: { title: [{ type: 'text', text: { content: 'Long', link: null } }] },
    });
    expect(api.requests[0]!.json.children).toHaveLength(100);
    expect(api.requests[1]!.json.children).toHaveLength(50);
    expect(api.requests[1]!.json.children[0].bulleted_list_item.rich_text[0].text.content).toBe('item 100');
  });

  it("NOTION_CREATE_PAGE fails with Notion's message when the database does not exist", async () => {
    const result = await session.execute('NOTION_CREATE_PAGE', {
      parent_database_id: MISSING_DATABASE_ID,
      title: 'x',
    });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('object_not_found');
    expect(result.error).toContain('Could not find database');
  });

  it('NOTION_CREATE_PAGE refuses two parents before calling Notion', async () => {
    const result = await session.execute('NOTION_CREATE_PAGE', {
      parent_page_id: NOTION_PAGE_ID,
      parent_database_id: NOTION_DATABASE_ID,
    });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('exactly one of parent_page_id or parent_database_id');
    expect(api.requests).toHaveLength(0);
  });

  it('NOTION_UPDATE_PAGE patches properties and archived', async () => {
    const properties = { title: { title: [{ text: { content: 'Renamed' } }] } };
    const result = await session.execute('NOTION_UPDATE_PAGE', {
      page_id: NOTION_PAGE_ID,
      properties,
      archived: true,
    });
    expect(result).toMatchObject({ successful: true, data: { archived: true } });
    const request = only();
    expect(request.method).toBe('PATCH');
    expect(request.path).toBe(`/v1/pages/${NOTION_PAGE_ID}`);
    expect(request.json).toEqual({ properties, archived: true });
  });

  it('NOTION_QUERY_DATABASE posts filter, sorts and paging', async () => {
    const filter = { and: [{ property: 'Status', status: { equals: 'Done' } }] };
    const sorts = [{ timestamp: 'last_edited_time', direction: 'descending' }];
    const result = await session.execute('NOTION_QUERY_DATABASE', {
      database_id: NOTION_DATABASE_ID,
      filter,
      sorts,
      start_cursor: 'cursor-2',
      page_size: 25,
    });
    expect(result.successful).toBe(true);
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/v1/databases/${NOTION_DATABASE_ID}/query`);
    expect(request.json).toEqual({ filter, sorts, start_cursor: 'cursor-2', page_size: 25 });
  });

  it('NOTION_GET_DATABASE reads the schema', async () => {
    const result = await session.execute('NOTION_GET_DATABASE', { database_id: NOTION_DATABASE_ID });
    expect(result).toMatchObject({ successful: true, data: { object: 'database' } });
    expect(only().path).toBe(`/v1/databases/${NOTION_DATABASE_ID}`);
  });

  it('NOTION_GET_BLOCK_CHILDREN passes paging in the query string', async () => {
    const result = await session.execute('NOTION_GET_BLOCK_CHILDREN', {
      block_id: NOTION_PAGE_ID,
      page_size: 50,
      start_cursor: 'abc',
    });
    expect(result.successful).toBe(true);
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.path).toBe(`/v1/blocks/${NOTION_PAGE_ID}/children`);
    expect(Object.fromEntries(request.query)).toEqual({ page_size: '50', start_cursor: 'abc' });
  });

  it('NOTION_APPEND_BLOCKS batches by 100 and keeps the position given by `after`', async () => {
    const children = Array.from({ length: 120 }, (_, index) => ({
      object: 'block',
      type: 'paragraph',
      paragraph: { rich_text: [{ type: 'text', text: { content: `p${index}` } }] },
    }));
    const result = await session.execute('NOTION_APPEND_BLOCKS', {
      block_id: NOTION_PAGE_ID,
      content: '# Added',
      children,
      after: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    });
    expect(result.successful).toBe(true);
    expect((result.data as any).results).toHaveLength(121);
    expect(api.requests).toHaveLength(2);
    const [first, second] = api.requests;
    expect(first!.method).toBe('PATCH');
    expect(first!.path).toBe(`/v1/blocks/${NOTION_PAGE_ID}/children`);
    expect(first!.json.after).toBe('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect(first!.json.children).toHaveLength(100);
    expect(first!.json.children[0].type).toBe('heading_1');
    expect(second!.json.children).toHaveLength(21);
    expect(second!.json.after).toBe((result.data as any).results[99].id);
  });

  it('NOTION_DELETE_BLOCK sends DELETE', async () => {
    const result = await session.execute('NOTION_DELETE_BLOCK', { block_id: NOTION_PAGE_ID });
    expect(result).toMatchObject({ successful: true, data: { archived: true } });
    const request = only();
    expect(request.method).toBe('DELETE');
    expect(request.path).toBe(`/v1/blocks/${NOTION_PAGE_ID}`);
  });

  it('NOTION_CREATE_COMMENT comments on a page with rich text', async () => {
    const result = await session.execute('NOTION_CREATE_COMMENT', {
      page_id: NOTION_PAGE_ID,
      text: 'Looks *good*',
    });
    expect(result).toMatchObject({ successful: true, data: { object: 'comment' } });
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/comments');
    expect(request.json).toEqual({
      parent: { page_id: NOTION_PAGE_ID },
      rich_text: [
        { type: 'text', text: { content: 'Looks ', link: null } },
        { type: 'text', text: { content: 'good', link: null }, annotations: { italic: true } },
      ],
    });
  });

  it('NOTION_LIST_USERS lists workspace users', async () => {
    const result = await session.execute('NOTION_LIST_USERS', { page_size: 5 });
    expect(result).toMatchObject({ successful: true, data: { results: [{ name: 'Ada' }] } });
    const request = only();
    expect(request.path).toBe('/v1/users');
    expect(request.query.get('page_size')).toBe('5');
  });
});

describe('notion with an internal integration token', () => {
  it('sends the token as a bearer token', async () => {
    const internal = await startNotionMockApi({ token: 'secret_internal_9a8b7c' });
    try {
      const { session: tokenSession } = await createTestSession({
        toolkit: notion,
        baseUrl: internal.url,
        credentials: { token: 'secret_internal_9a8b7c' },
      });
      const result = await tokenSession.execute('NOTION_SEARCH', {});
      expect(result.successful).toBe(true);
      expect(internal.requests[0]!.headers.authorization).toBe('Bearer secret_internal_9a8b7c');
    } finally {
      await internal.close();
    }
  });
});
