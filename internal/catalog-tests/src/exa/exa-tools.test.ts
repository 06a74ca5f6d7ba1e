import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exa } from '../../../../packages/toolkits/src/exa/exa-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { startExaMockApi } from './exa-mock-api.ts';

const apiKey = 'exa-test-3c9d2f71';
let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startExaMockApi({ apiKey });
  ({ session } = await createTestSession({ toolkit: exa, baseUrl: api.url, credentials: { apiKey } }));
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

function only() {
  expect(api.requests).toHaveLength(1);
  const request = api.requests[0]!;
  expect(request.headers['x-api-key']).toBe(apiKey);
  expect(request.headers.authorization).toBeUndefined();
  return request;
}

describe('exa tools against an Exa-shaped API', () => {
  it('EXA_SEARCH posts the query, filters and contents options as JSON', async () => {
    const input = {
      query: 'Latest research in LLMs',
      type: 'auto',
      category: 'research paper',
      numResults: 5,
      includeDomains: ['arxiv.org'],
      startPublishedDate: '2024-01-01T00:00:00.000Z',
      contents: { text: { maxCharacters: 1000 }, highlights: true, livecrawl: 'fallback' },
    };
    const result = await session.execute('EXA_SEARCH', input);
    expect(result).toMatchObject({
      successful: true,
      data: { results: [{ url: 'https://arxiv.org/abs/2307.06435' }] },
    });
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/search');
    expect(request.headers['content-type']).toContain('application/json');
    expect(request.json).toEqual(input);
  });

  it('EXA_FIND_SIMILAR posts the URL', async () => {
    const result = await session.execute('EXA_FIND_SIMILAR', {
      url: 'https://arxiv.org/abs/2307.06435',
      excludeSourceDomain: true,
      numResults: 3,
    });
    expect(result.successful).toBe(true);
    const request = only();
    expect(request.path).toBe('/findSimilar');
    expect(request.json).toEqual({
      url: 'https://arxiv.org/abs/2307.06435',
      excludeSourceDomain: true,
      numResults: 3,
    });
  });

  it('EXA_GET_CONTENTS posts urls with top-level content options', async () => {
    const result = await session.execute('EXA_GET_CONTENTS', {
      urls: ['https://example.com/a'],
      text: true,
      summary: { query: 'Main points' },
    });
    expect(result).toMatchObject({
      successful: true,
      data: { statuses: [{ id: 'https://example.com/a', status: 'success' }] },
    });
    const request = only();
    expect(request.path).toBe('/contents');
    expect(request.json).toEqual({
      urls: ['https://example.com/a'],
      text: true,
      summary: { query: 'Main points' },
    });
  });

  it('EXA_GET_CONTENTS rejects an empty URL list before calling Exa', async () => {
    const result = await session.execute('EXA_GET_CONTENTS', { urls: [] });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('urls');
    expect(api.requests).toHaveLength(0);
  });

  it('EXA_ANSWER posts the question', async () => {
    const result = await session.execute('EXA_ANSWER', {
      query: 'What is the latest valuation of SpaceX?',
      text: true,
    });
    expect(result).toMatchObject({ successful: true, data: { answer: '$350 billion.' } });
    const request = only();
    expect(request.path).toBe('/answer');
    expect(request.json).toEqual({ query: 'What is the latest valuation of SpaceX?', text: true });
  });

  it('EXA_CREATE_RESEARCH_TASK, EXA_GET_RESEARCH_TASK and EXA_LIST_RESEARCH_TASKS use /research/v1', async () => {
    const created = await session.execute('EXA_CREATE_RESEARCH_TASK', {
      instructions: 'Compare vector databases',
      model: 'exa-research-fast',
      outputSchema: { type: 'object', properties: { names: { type: 'array' } } },
    });
    expect(created).toMatchObject({
      successful: true,
      data: { researchId: 'r_01jszdfs0052sg4jc552sg4jc5', status: 'pending' },
    });
    const create = only();
    expect(create.method).toBe('POST');
    expect(create.path).toBe('/research/v1');
    expect(create.json).toEqual({
      instructions: 'Compare vector databases',
      model: 'exa-research-fast',
      outputSchema: { type: 'object', properties: { names: { type: 'array' } } },
    });

    api.requests.length = 0;
    const task = await session.execute('EXA_GET_RESEARCH_TASK', {
      researchId: 'r_01jszdfs0052sg4jc552sg4jc5',
      events: true,
    });
    expect(task).toMatchObject({
      successful: true,
      data: { status: 'completed', output: { content: 'Report…' } },
    });
    const get = only();
    expect(get.method).toBe('GET');
    expect(get.path).toBe('/research/v1/r_01jszdfs0052sg4jc552sg4jc5');
    expect(Object.fromEntries(get.query)).toEqual({ events: 'true' });

    api.requests.length = 0;
    const listed = await session.execute('EXA_LIST_RESEARCH_TASKS', { limit: 5, cursor: 'next-1' });
    expect(listed).toMatchObject({ successful: true, data: { hasMore: false } });
    const list = only();
    expect(list.path).toBe('/research/v1');
    expect(Object.fromEntries(list.query)).toEqual({ limit: '5', cursor: 'next-1' });
  });

  it("reports Exa's error body for a bad API key", async () => {
    const { session: wrongKey } = await createTestSession({
      toolkit: exa,
      baseUrl: api.url,
      credentials: { apiKey: 'exa-revoked-000000' },
    });
    const result = await wrongKey.execute('EXA_SEARCH', { query: 'anything' });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('401');
    expect(result.error).toContain('Invalid API key');
    // A rejected key is a reconnect result: a connect link, and Exa's own answer beside it.
    expect(result.data).toMatchObject({
      connection_required: true,
      redirect_url: expect.stringContaining('/connect/'),
      upstream: { tag: 'INVALID_API_KEY' },
    });
    expect(result.error).not.toContain('exa-revoked-000000');
  });
});
