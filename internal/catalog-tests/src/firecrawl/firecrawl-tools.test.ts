import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { firecrawl } from '../../../../packages/toolkits/src/firecrawl/firecrawl-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { CRAWL_ID, startFirecrawlMockApi } from './firecrawl-mock-api.ts';

const apiKey = 'fc-8d2e4b6a0c1f';
let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startFirecrawlMockApi({ apiKey });
  ({ session } = await createTestSession({ toolkit: firecrawl, baseUrl: api.url, credentials: { apiKey } }));
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

function only(method: string, path: string) {
  expect(api.requests).toHaveLength(1);
  const request = api.requests[0]!;
  expect(request.method).toBe(method);
  expect(request.path).toBe(path);
  expect(request.headers.authorization).toBe(`Bearer ${apiKey}`);
  return request;
}

describe('firecrawl tools against a Firecrawl-shaped v2 API', () => {
  it('FIRECRAWL_SCRAPE posts the URL and scrape options as JSON', async () => {
    const input = {
      url: 'https://example.com',
      formats: ['markdown', 'links', { type: 'json', prompt: 'The page title' }],
      onlyMainContent: true,
      excludeTags: ['nav'],
      waitFor: 500,
      location: { country: 'DE', languages: ['de-DE'] },
      actions: [{ type: 'click', selector: '#more' }],
    };
    const result = await session.execute('FIRECRAWL_SCRAPE', input);
    expect(result).toMatchObject({
      successful: true,
      data: { success: true, data: { metadata: { statusCode: 200 } } },
    });
    const request = only('POST', '/v2/scrape');
    expect(request.headers['content-type']).toContain('application/json');
    expect(request.json).toEqual(input);
  });

  it("FIRECRAWL_SCRAPE reports Firecrawl's error body", async () => {
    const result = await session.execute('FIRECRAWL_SCRAPE', { url: 'https://blocked.example/page' });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('403');
    expect(result.error).toContain('This website is no longer supported');
    expect(result.data).toEqual({
      success: false,
      error: 'This website is no longer supported, please reach out to help@firecrawl.com.',
    });
  });

  it('FIRECRAWL_CRAWL starts a crawl with nested scrapeOptions', async () => {
    const input = {
      url: 'https://docs.example.com',
      limit: 25,
      includePaths: ['^/guides/.*'],
      sitemap: 'skip',
      crawlEntireDomain: true,
      scrapeOptions: { formats: ['markdown'], onlyMainContent: true },
    };
    const result = await session.execute('FIRECRAWL_CRAWL', input);
    expect(result).toMatchObject({ successful: true, data: { id: CRAWL_ID } });
    expect(only('POST', '/v2/crawl').json).toEqual(input);
  });

  it('FIRECRAWL_GET_CRAWL_STATUS and FIRECRAWL_CANCEL_CRAWL address the job by id', async () => {
    const status = await session.execute('FIRECRAWL_GET_CRAWL_STATUS', { id: CRAWL_ID });
    expect(status).toMatchObject({ successful: true, data: { status: 'completed', total: 1 } });
    const get = only('GET', `/v2/crawl/${CRAWL_ID}`);
    expect([...get.query.keys()]).toEqual([]);

    api.requests.length = 0;
    const cancelled = await session.execute('FIRECRAWL_CANCEL_CRAWL', { id: CRAWL_ID });
    expect(cancelled).toMatchObject({ successful: true, data: { status: 'cancelled' } });
    only('DELETE', `/v2/crawl/${CRAWL_ID}`);
  });

  it('FIRECRAWL_MAP posts the site and search', async () => {
    const result = await session.execute('FIRECRAWL_MAP', {
      url: 'https://example.com',
      search: 'blog',
      sitemap: 'include',
      limit: 100,
    });
    expect(result).toMatchObject({
      successful: true,
      data: { links: [{ url: 'https://example.com/blog' }] },
    });
    expect(only('POST', '/v2/map').json).toEqual({
      url: 'https://example.com',
      search: 'blog',
      sitemap: 'include',
      limit: 100,
    });
  });

  it('FIRECRAWL_SEARCH posts query, sources and time filter', async () => {
    const input = {
      query: 'firecrawl pricing',
      limit: 3,
      sources: [{ type: 'web' }, { type: 'news' }],
      tbs: 'qdr:w',
    };
    const result = await session.execute('FIRECRAWL_SEARCH', input);
    expect(result).toMatchObject({
      successful: true,
      data: { data: { web: [{ url: 'https://firecrawl.dev' }] } },
    });
    expect(only('POST', '/v2/search').json).toEqual(input);
  });

  it('FIRECRAWL_EXTRACT starts a job and FIRECRAWL_GET_EXTRACT_STATUS reads it', async () => {
    const schema = { type: 'object', properties: { plans: { type: 'array' } } };
    const started = await session.execute('FIRECRAWL_EXTRACT', {
      urls: ['https://example.com/pricing'],
      prompt: 'Every plan with its price',
      schema,
      showSources: true,
    });
    expect(started).toMatchObject({ successful: true, data: { id: CRAWL_ID } });
    expect(only('POST', '/v2/extract').json).toEqual({
      urls: ['https://example.com/pricing'],
      prompt: 'Every plan with its price',
      schema,
      showSources: true,
    });

    api.requests.length = 0;
    const status = await session.execute('FIRECRAWL_GET_EXTRACT_STATUS', { id: CRAWL_ID });
    expect(status).toMatchObject({
      successful: true,
      data: { status: 'completed', data: { plans: [{ name: 'Hobby' }] } },
    });
    only('GET', `/v2/extract/${CRAWL_ID}`);
  });

  it('FIRECRAWL_BATCH_SCRAPE posts urls with top-level options, and its status is read by id', async () => {
    const started = await session.execute('FIRECRAWL_BATCH_SCRAPE', {
      urls: ['https://example.com/a', 'https://example.com/b'],
      formats: ['markdown'],
      maxConcurrency: 2,
    });
    expect(started).toMatchObject({ successful: true, data: { id: CRAWL_ID } });
    expect(only('POST', '/v2/batch/scrape').json).toEqual({
      urls: ['https://example.com/a', 'https://example.com/b'],
      formats: ['markdown'],
      maxConcurrency: 2,
    });

    api.requests.length = 0;
    const status = await session.execute('FIRECRAWL_GET_BATCH_SCRAPE_STATUS', { id: CRAWL_ID });
    expect(status).toMatchObject({ successful: true, data: { status: 'completed' } });
    only('GET', `/v2/batch/scrape/${CRAWL_ID}`);
  });

  it('FIRECRAWL_GET_CREDIT_USAGE reads the team credits', async () => {
    const result = await session.execute('FIRECRAWL_GET_CREDIT_USAGE', {});
    expect(result).toMatchObject({ successful: true, data: { data: { remainingCredits: 1000 } } });
    only('GET', '/v2/team/credit-usage');
  });

  it("reports Firecrawl's 401 for a wrong key without echoing the key", async () => {
    const { session: wrongKey } = await createTestSession({
      toolkit: firecrawl,
      baseUrl: api.url,
      credentials: { apiKey: 'fc-revoked-1234567' },
    });
    const result = await wrongKey.execute('FIRECRAWL_MAP', { url: 'https://example.com' });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('Unauthorized: Invalid token');
    expect(result.data).toMatchObject({ connection_required: true });
    expect(result.error).not.toContain('fc-revoked-1234567');
  });
});
