import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

/** Exa's error body: `{ requestId, error, tag }`. */
function exaError(status: number, error: string, tag: string): MockResponse {
  return { status, body: { requestId: 'req_0a1b2c', error, tag } };
}

const result = {
  id: 'https://arxiv.org/abs/2307.06435',
  url: 'https://arxiv.org/abs/2307.06435',
  title: 'A Comprehensive Overview of Large Language Models',
  publishedDate: '2023-07-12T00:00:00.000Z',
  author: 'Humza Naveed',
  text: 'Large Language Models (LLMs) have recently demonstrated remarkable capabilities…',
};

const research = {
  researchId: 'r_01jszdfs0052sg4jc552sg4jc5',
  createdAt: 1735689600000,
  model: 'exa-research',
};

/**
 * A local stand-in for api.exa.ai: checks the `x-api-key` header and answers /search, /findSimilar,
 * /contents, /answer and /research/v1 in Exa's shapes; an empty `urls` list gets Exa's 400.
 *
 * @example
 * const api = await startExaMockApi({ apiKey: 'exa-test-key' });
 */
export function startExaMockApi({ apiKey }: { apiKey: string }): Promise<MockApi> {
  return startMockApi((request) => respond(request, apiKey));
}

function respond(request: RecordedRequest, apiKey: string): MockResponse {
  if (request.headers['x-api-key'] !== apiKey) return exaError(401, 'Invalid API key', 'INVALID_API_KEY');
  const route = `${request.method} ${request.path}`;
  switch (route) {
    case 'POST /search':
    case 'POST /findSimilar':
      return { body: { requestId: 'req_1', results: [result], costDollars: { total: 0.005 } } };
    case 'POST /contents':
      if (!Array.isArray(request.json?.urls) || request.json.urls.length === 0) {
        return exaError(400, 'urls must contain at least 1 element', 'INVALID_REQUEST_BODY');
      }
      return {
        body: {
          requestId: 'req_2',
          results: request.json.urls.map((url: string) => ({ ...result, id: url, url })),
          statuses: request.json.urls.map((url: string) => ({ id: url, status: 'success' })),
        },
      };
    case 'POST /answer':
      return {
        body: {
          answer: '$350 billion.',
          citations: [{ id: result.id, url: result.url, title: result.title }],
        },
      };
    case 'POST /research/v1':
      return {
        status: 201,
        body: { ...research, instructions: request.json.instructions, status: 'pending' },
      };
    case 'GET /research/v1':
      return {
        body: {
          data: [{ ...research, instructions: 'x', status: 'completed' }],
          hasMore: false,
          nextCursor: null,
        },
      };
    case `GET /research/v1/${research.researchId}`:
      return {
        body: { ...research, instructions: 'x', status: 'completed', output: { content: 'Report…' } },
      };
    default:
      return exaError(404, `Route ${route} not found`, 'NOT_FOUND');
  }
}
