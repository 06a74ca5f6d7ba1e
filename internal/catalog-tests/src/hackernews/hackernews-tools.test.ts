import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hackernews } from '../../../../packages/toolkits/src/hackernews/hackernews-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { startHackerNewsMockApi } from './hackernews-mock-api.ts';

let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startHackerNewsMockApi();
  // The real base URL has a `/v0` prefix; the mock keeps it, so the test proves the prefix survives.
  ({ session } = await createTestSession({ toolkit: hackernews, baseUrl: `${api.url}/v0` }));
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

const paths = () => api.requests.map((request) => `${request.method} ${request.path}`);

describe('hackernews tools against a Firebase-shaped Hacker News API', () => {
  it('HACKERNEWS_GET_TOP_STORIES reads the list, then the first 10 items, without credentials', async () => {
    const result = await session.execute('HACKERNEWS_GET_TOP_STORIES', {});
    expect(result.successful).toBe(true);
    const stories = (result.data as any).stories;
    // Item 9 is deleted and left out.
    expect(stories.map((story: any) => story.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect(stories[0]).toEqual({
      id: 1,
      type: 'story',
      title: 'Story 1',
      url: 'https://example.com/1',
      by: 'pg',
      score: 99,
      comments: 1,
      created_at: '2023-11-14T22:13:21.000Z',
      hn_url: 'https://news.ycombinator.com/item?id=1',
    });
    expect(paths()[0]).toBe('GET /v0/topstories.json');
    expect(paths().slice(1).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((id) => `GET /v0/item/${id}.json`).sort(),
    );
    for (const request of api.requests) expect(request.headers.authorization).toBeUndefined();
  });

  it('HACKERNEWS_GET_TOP_STORIES honours limit and refuses more than 50', async () => {
    const result = await session.execute('HACKERNEWS_GET_TOP_STORIES', { limit: 50 });
    expect((result.data as any).stories).toHaveLength(49);
    expect(api.requests).toHaveLength(51);

    api.requests.length = 0;
    const tooMany = await session.execute('HACKERNEWS_GET_TOP_STORIES', { limit: 51 });
    expect(tooMany.successful).toBe(false);
    expect(tooMany.error).toContain('limit');
    expect(api.requests).toHaveLength(0);
  });

  it.each([
    ['HACKERNEWS_GET_NEW_STORIES', 'newstories', [80, 79, 78]],
    ['HACKERNEWS_GET_BEST_STORIES', 'beststories', [5, 6]],
    ['HACKERNEWS_GET_ASK_STORIES', 'askstories', [7]],
    ['HACKERNEWS_GET_SHOW_STORIES', 'showstories', [8]],
    ['HACKERNEWS_GET_JOB_STORIES', 'jobstories', [10]],
  ] as const)('%s reads /v0/%s.json', async (slug, list, ids) => {
    const result = await session.execute(slug, { limit: 5 });
    expect(result.successful).toBe(true);
    expect((result.data as any).stories.map((story: any) => story.id)).toEqual(ids);
    expect(paths()[0]).toBe(`GET /v0/${list}.json`);
  });

  it('HACKERNEWS_GET_ITEM returns the story and its first comments', async () => {
    const result = await session.execute('HACKERNEWS_GET_ITEM', { id: 100, comment_limit: 2 });
    expect(result.successful).toBe(true);
    expect(result.data).toEqual({
      item: {
        id: 100,
        type: 'story',
        title: 'My YC app: Dropbox',
        url: 'https://www.dropbox.com',
        by: 'dhouston',
        score: 111,
        comments: 3,
        created_at: '2007-04-04T19:16:40.000Z',
        hn_url: 'https://news.ycombinator.com/item?id=100',
      },
      comments: [
        {
          id: 101,
          by: 'user101',
          text: 'Comment <i>101</i>',
          created_at: '2007-04-04T19:18:20.000Z',
          replies: 1,
        },
        {
          id: 102,
          by: 'user102',
          text: 'Comment <i>102</i>',
          created_at: '2007-04-04T19:18:20.000Z',
          replies: 0,
        },
      ],
      comment_ids: [101, 102, 103],
    });
    expect(paths()).toEqual(['GET /v0/item/100.json', 'GET /v0/item/101.json', 'GET /v0/item/102.json']);
  });

  it('HACKERNEWS_GET_ITEM fails clearly for an id the API answers null for', async () => {
    const result = await session.execute('HACKERNEWS_GET_ITEM', { id: 999 });
    expect(result).toMatchObject({ successful: false, data: null });
    expect(result.error).toContain('no item with id 999');
  });

  it('HACKERNEWS_GET_USER returns the profile with recent submissions', async () => {
    const result = await session.execute('HACKERNEWS_GET_USER', { id: 'pg', submission_limit: 3 });
    expect(result.data).toEqual({
      id: 'pg',
      karma: 157316,
      created_at: '2006-10-09T18:21:32.000Z',
      about: 'Bug fixer.',
      submitted: [40, 39, 38],
      submitted_count: 40,
    });
    expect(paths()).toEqual(['GET /v0/user/pg.json']);

    const missing = await session.execute('HACKERNEWS_GET_USER', { id: 'nobody' });
    expect(missing.successful).toBe(false);
    expect(missing.error).toContain('no user named "nobody"');
  });

  it('HACKERNEWS_GET_MAX_ITEM_ID and HACKERNEWS_GET_UPDATES read their documents', async () => {
    expect(await session.execute('HACKERNEWS_GET_MAX_ITEM_ID', {})).toMatchObject({
      successful: true,
      data: 41234567,
    });
    expect(await session.execute('HACKERNEWS_GET_UPDATES', {})).toMatchObject({
      successful: true,
      data: { items: [8423305, 8420805], profiles: ['thefox', 'mdda'] },
    });
    expect(paths()).toEqual(['GET /v0/maxitem.json', 'GET /v0/updates.json']);
  });
});

describe('hackernews when Firebase refuses', () => {
  it("reports Firebase's error body from both handler and mapped tools", async () => {
    const denied = await startHackerNewsMockApi({ deny: true });
    try {
      const { session: deniedSession } = await createTestSession({
        toolkit: hackernews,
        baseUrl: `${denied.url}/v0`,
      });
      const stories = await deniedSession.execute('HACKERNEWS_GET_TOP_STORIES', {});
      expect(stories.successful).toBe(false);
      expect(stories.error).toContain('401');
      expect(stories.error).toContain('Permission denied');
      const max = await deniedSession.execute('HACKERNEWS_GET_MAX_ITEM_ID', {});
      expect(max.successful).toBe(false);
      expect(max.error).toContain('Permission denied');
    } finally {
      await denied.close();
    }
  });
});
