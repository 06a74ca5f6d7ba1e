import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { contentsProperties, contentsSchema, filterProperties } from './exa-schemas.ts';

const RESULTS_NOTE =
  'Returns `results`, each with `title`, `url`, `id`, `publishedDate`, `author`, and the `text`, `highlights` or `summary` asked for in `contents`.';

export const exaSearch: ToolDefinition = {
  slug: 'EXA_SEARCH',
  name: 'Search the web',
  description: `Searches the web with Exa's AI search engine and optionally returns page contents in the same call. Best for natural-language queries ("startups building humanoid robots", "blog posts about Rust async runtimes"), filtered by category, domain or date. ${RESULTS_NOTE}`,
  inputSchema: {
    type: 'object',
    properties: {
      query: {
        type: 'string',
        minLength: 1,
        description: 'What to search for, phrased naturally, e.g. "Latest research on LLM reasoning".',
      },
      type: {
        type: 'string',
        enum: ['auto', 'neural', 'fast', 'deep'],
        description:
          'Search method: "auto" (default) picks the best, "neural" is embeddings-based, "fast" has the lowest latency, "deep" expands the query for comprehensive results (slower).',
      },
      category: {
        type: 'string',
        enum: ['company', 'research paper', 'news', 'tweet', 'personal site', 'financial report', 'people'],
        description:
          'Focus on one kind of page. "company" and "people" accept fewer filters (no dates, text or excludeDomains).',
      },
      userLocation: { type: 'string', description: 'Two-letter country code of the user, e.g. "US".' },
      ...filterProperties,
      contents: contentsSchema,
    },
    required: ['query'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'POST', path: '/search' },
};

export const exaFindSimilar: ToolDefinition = {
  slug: 'EXA_FIND_SIMILAR',
  name: 'Find similar pages',
  description: `Finds web pages similar in meaning to a given URL, e.g. competitors of a company's homepage or papers like a given paper. ${RESULTS_NOTE}`,
  inputSchema: {
    type: 'object',
    properties: {
      url: {
        type: 'string',
        minLength: 1,
        description: 'The page to find similar pages for, e.g. "https://arxiv.org/abs/2307.06435".',
      },
      excludeSourceDomain: { type: 'boolean', description: 'Leave out results from the domain of `url`.' },
      ...filterProperties,
      contents: contentsSchema,
    },
    required: ['url'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'POST', path: '/findSimilar' },
};

export const exaGetContents: ToolDefinition = {
  slug: 'EXA_GET_CONTENTS',
  name: 'Get page contents',
  description:
    'Fetches the clean text, highlights or summary of known URLs (for example results of EXA_SEARCH, or any page). Set `text: true` for the full text. Returns `results` (one per URL that could be read, with `title`, `url`, `text`, ...) and `statuses` telling, per URL, whether it succeeded.',
  inputSchema: {
    type: 'object',
    properties: {
      urls: {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
        description: 'The pages to read, e.g. ["https://example.com/blog/launch"].',
      },
      ...contentsProperties,
    },
    required: ['urls'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'POST', path: '/contents' },
};

export const exaAnswer: ToolDefinition = {
  slug: 'EXA_ANSWER',
  name: 'Answer a question',
  description:
    'Answers a question from a live web search, with citations: a short direct answer for factual questions ("What is the latest valuation of SpaceX?") or a summary for open ones. Returns `answer` and `citations` (the pages used: `title`, `url`, `publishedDate`, and `text` when `text` is true).',
  inputSchema: {
    type: 'object',
    properties: {
      query: { type: 'string', minLength: 1, description: 'The question to answer.' },
      text: { type: 'boolean', description: 'Include the full text of each cited page. Default false.' },
    },
    required: ['query'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'POST', path: '/answer' },
};
