import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

/** Item 9 is deleted, item 999 does not exist (the API answers `null`). */
export const DELETED_ITEM_ID = 9;

const lists: Record<string, number[]> = {
  topstories: Array.from({ length: 80 }, (_, index) => index + 1),
  newstories: [80, 79, 78],
  beststories: [5, 6],
  askstories: [7],
  showstories: [8],
  jobstories: [10],
};

function item(id: number): unknown {
  if (id === DELETED_ITEM_ID) return { id, deleted: true, time: 1700000000, type: 'story' };
  if (id === 100) {
    return {
      id,
      type: 'story',
      by: 'dhouston',
      title: 'My YC app: Dropbox',
      url: 'https://www.dropbox.com',
      score: 111,
      descendants: 3,
      kids: [101, 102, 103],
      time: 1175714200,
    };
  }
  if (id >= 101 && id <= 103) {
    return {
      id,
      type: 'comment',
      by: `user${id}`,
      parent: 100,
      text: `Comment <i>${id}</i>`,
      time: 1175714300,
      kids: id === 101 ? [201] : undefined,
    };
  }
  if (id > 80) return null;
  return {
    id,
    type: id === 10 ? 'job' : 'story',
    by: 'pg',
    title: `Story ${id}`,
    url: id === 7 ? undefined : `https://example.com/${id}`,
    text: id === 7 ? 'Ask HN: how do you test?' : undefined,
    score: 100 - id,
    descendants: id,
    kids: [1000 + id],
    time: 1700000000 + id,
  };
}

/**
 * A local stand-in for hacker-news.firebaseio.com under the `/v0` prefix: story lists, items,
 * users, `maxitem` and `updates`, with `null` for unknown ids and Firebase's
 * `{ "error": "Permission denied" }` (HTTP 401) for unknown paths or when `deny` is set.
 *
 * @example
 * const api = await startHackerNewsMockApi();
 * // toolkit base URL: `${api.url}/v0`
 */
export function startHackerNewsMockApi({ deny = false }: { deny?: boolean } = {}): Promise<MockApi> {
  return startMockApi((request) => respond(request, deny));
}

function respond(request: RecordedRequest, deny: boolean): MockResponse {
  const denied: MockResponse = { status: 401, body: { error: 'Permission denied' } };
  if (deny || request.method !== 'GET') return denied;
  const list = /^\/v0\/(\w+)\.json$/.exec(request.path)?.[1];
  if (list && lists[list]) return { body: lists[list] };
  if (request.path === '/v0/maxitem.json') return { body: 41234567 };
  if (request.path === '/v0/updates.json')
    return { body: { items: [8423305, 8420805], profiles: ['thefox', 'mdda'] } };
  const itemId = /^\/v0\/item\/(\d+)\.json$/.exec(request.path)?.[1];
  if (itemId) return { body: item(Number(itemId)) };
  const userId = /^\/v0\/user\/([^/]+)\.json$/.exec(request.path)?.[1];
  if (userId) {
    return userId === 'pg'
      ? {
          body: {
            id: 'pg',
            created: 1160418092,
            karma: 157316,
            about: 'Bug fixer.',
            submitted: Array.from({ length: 40 }, (_, index) => 40 - index),
          },
        }
      : { body: null };
  }
  return denied;
}
