import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

export const NOTION_PAGE_ID = '59833787-2cf9-4fdf-8782-e53db20768a5';
export const NOTION_DATABASE_ID = 'd9824bdc-8445-4327-be8b-5b47500af6ce';
export const MISSING_DATABASE_ID = 'missing-database-000000000000000';

/** Notion's error object: `{ object: 'error', status, code, message }`. */
function notionError(status: number, code: string, message: string): MockResponse {
  return { status, body: { object: 'error', status, code, message, request_id: 'req-1' } };
}

function list(results: unknown[], type = 'page_or_database'): MockResponse {
  return { body: { object: 'list', results, next_cursor: null, has_more: false, type, [type]: {} } };
}

function page(id: string, extra: Record<string, unknown> = {}) {
  return {
    object: 'page',
    id,
    url: `https://www.notion.so/Page-${id.replaceAll('-', '')}`,
    archived: false,
    properties: { title: { id: 'title', type: 'title', title: [{ plain_text: 'Roadmap' }] } },
    ...extra,
  };
}

let blockCounter = 0;

/**
 * A local stand-in for api.notion.com (version 2022-06-28): checks the bearer token and the
 * Notion-Version header, and answers the endpoints the toolkit uses with Notion's shapes.
 *
 * @example
 * const api = await startNotionMockApi({ token: 'secret_test' });
 */
export function startNotionMockApi({ token }: { token: string }): Promise<MockApi> {
  return startMockApi((request) => respond(request, token));
}

type Route = [RegExp, (request: RecordedRequest, match: RegExpExecArray) => MockResponse];

const routes: Route[] = [
  [/^POST \/v1\/search$/, () => list([page(NOTION_PAGE_ID)])],
  [
    /^GET \/v1\/users$/,
    () =>
      list(
        [{ object: 'user', id: 'u-1', type: 'person', name: 'Ada', person: { email: 'ada@example.com' } }],
        'user',
      ),
  ],
  [
    /^POST \/v1\/comments$/,
    (request) => ({
      body: { object: 'comment', id: 'c-1', discussion_id: 'd-1', rich_text: request.json.rich_text },
    }),
  ],
  [
    /^POST \/v1\/pages$/,
    (request) =>
      request.json?.parent?.database_id === MISSING_DATABASE_ID
        ? notionError(404, 'object_not_found', 'Could not find database with ID: missing-database.')
        : { body: page('11111111-2222-3333-4444-555555555555', { parent: request.json.parent }) },
  ],
  [
    /^(GET|PATCH) \/v1\/pages\/([^/]+)$/,
    (request, match) =>
      match[2] === NOTION_PAGE_ID
        ? {
            body: page(
              NOTION_PAGE_ID,
              request.method === 'PATCH' ? { archived: Boolean(request.json?.archived) } : {},
            ),
          }
        : notionError(404, 'object_not_found', `Could not find page with ID: ${match[2]}.`),
  ],
  [
    /^GET \/v1\/databases\/([^/]+)$/,
    (_request, match) =>
      match[1] === MISSING_DATABASE_ID
        ? notionError(404, 'object_not_found', 'Could not find database with ID: missing-database.')
        : {
            body: {
              object: 'database',
              id: match[1],
              title: [{ plain_text: 'Tasks' }],
              properties: {
                Status: {
                  id: 'a%3Ab',
                  name: 'Status',
                  type: 'status',
                  status: { options: [{ name: 'Done' }] },
                },
                'Task name': { id: 'title', name: 'Task name', type: 'title', title: {} },
              },
            },
          },
  ],
  [/^POST \/v1\/databases\/([^/]+)\/query$/, () => list([page(NOTION_PAGE_ID)], 'page')],
  [
    /^GET \/v1\/blocks\/([^/]+)\/children$/,
    () =>
      list(
        [
          {
            object: 'block',
            id: 'b-1',
            type: 'paragraph',
            has_children: false,
            paragraph: { rich_text: [] },
          },
        ],
        'block',
      ),
  ],
  [
    /^PATCH \/v1\/blocks\/([^/]+)\/children$/,
    (request) => {
      const children: Array<Record<string, unknown>> = request.json?.children ?? [];
      return list(
        children.map((child) => ({ ...child, id: `block-${++blockCounter}` })),
        'block',
      );
    },
  ],
  [
    /^DELETE \/v1\/blocks\/([^/]+)$/,
    (_request, match) => ({ body: { object: 'block', id: match[1], type: 'paragraph', archived: true } }),
  ],
];

function respond(request: RecordedRequest, token: string): MockResponse {
  if (request.headers.authorization !== `Bearer ${token}`) {
    return notionError(401, 'unauthorized', 'API token is invalid.');
  }
  if (request.headers['notion-version'] !== '2022-06-28') {
    return notionError(400, 'missing_version', 'Notion-Version header failed validation.');
  }
  const route = `${request.method} ${request.path}`;
  for (const [pattern, answer] of routes) {
    const match = pattern.exec(route);
    if (match) return answer(request, match);
  }
  return notionError(400, 'invalid_request_url', `Invalid request URL: ${route}`);
}
