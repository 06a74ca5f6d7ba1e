import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

export const CRAWL_ID = '4f9a6a6e-3b0f-4c71-9f3e-1c2d3e4f5a6b';

/** Firecrawl's error body: `{ success: false, error }`. */
function firecrawlError(status: number, error: string): MockResponse {
  return { status, body: { success: false, error } };
}

const document = (url: string) => ({
  markdown: '# Example Domain\n\nThis domain is for use in illustrative examples.',
  metadata: { title: 'Example Domain', sourceURL: url, statusCode: 200 },
});

const jobStatus = (extra: Record<string, unknown> = {}) => ({
  status: 'completed',
  total: 1,
  completed: 1,
  creditsUsed: 1,
  expiresAt: '2025-01-02T00:00:00.000Z',
  data: [document('https://example.com')],
  ...extra,
});

/**
 * A local stand-in for api.firecrawl.dev (v2): checks `Authorization: Bearer fc-...` and answers
 * scrape, batch scrape, crawl, map, search, extract and credit usage in Firecrawl's shapes. A
 * scrape of a URL on `blocked.example` gets Firecrawl's 403 error body.
 *
 * @example
 * const api = await startFirecrawlMockApi({ apiKey: 'fc-test' });
 */
export function startFirecrawlMockApi({ apiKey }: { apiKey: string }): Promise<MockApi> {
  return startMockApi((request) => respond(request, apiKey));
}

function respond(request: RecordedRequest, apiKey: string): MockResponse {
  if (request.headers.authorization !== `Bearer ${apiKey}`)
    return firecrawlError(401, 'Unauthorized: Invalid token');
  const route = `${request.method} ${request.path}`;
  switch (route) {
    case 'POST /v2/scrape':
      if (String(request.json?.url).includes('blocked.example')) {
        return firecrawlError(
          403,
          'This website is no longer supported, please reach out to help@firecrawl.com.',
        );
      }
      return { body: { success: true, data: document(request.json.url) } };
    case 'POST /v2/batch/scrape':
      return {
        body: {
          success: true,
          id: CRAWL_ID,
          url: `https://api.firecrawl.dev/v2/batch/scrape/${CRAWL_ID}`,
          invalidURLs: [],
        },
      };
    case `GET /v2/batch/scrape/${CRAWL_ID}`:
    case `GET /v2/crawl/${CRAWL_ID}`:
      return { body: jobStatus() };
    case 'POST /v2/crawl':
      return { body: { success: true, id: CRAWL_ID, url: `https://api.firecrawl.dev/v2/crawl/${CRAWL_ID}` } };
    case `DELETE /v2/crawl/${CRAWL_ID}`:
      return { body: { status: 'cancelled' } };
    case 'POST /v2/map':
      return { body: { success: true, links: [{ url: 'https://example.com/blog', title: 'Blog' }] } };
    case 'POST /v2/search':
      return {
        body: {
          success: true,
          data: { web: [{ title: 'Firecrawl', url: 'https://firecrawl.dev', description: 'Web data API' }] },
        },
      };
    case 'POST /v2/extract':
      return { body: { success: true, id: CRAWL_ID, invalidURLs: [] } };
    case `GET /v2/extract/${CRAWL_ID}`:
      return {
        body: {
          success: true,
          status: 'completed',
          data: { plans: [{ name: 'Hobby', price: 16 }] },
          expiresAt: '2025-01-02T00:00:00.000Z',
        },
      };
    case 'GET /v2/team/credit-usage':
      return {
        body: {
          success: true,
          data: {
            remainingCredits: 1000,
            planCredits: 3000,
            billingPeriodStart: null,
            billingPeriodEnd: null,
          },
        },
      };
    default:
      return firecrawlError(404, `Not found: ${route}`);
  }
}
