import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { jobIdSchema, scrapeOptionsProperties, scrapeOptionsSchema } from './firecrawl-schemas.ts';

export const firecrawlScrape: ToolDefinition = {
  slug: 'FIRECRAWL_SCRAPE',
  name: 'Scrape a page',
  description:
    'Scrapes one web page, rendering JavaScript, and returns it as clean Markdown (or HTML, links, a screenshot, a summary, or structured JSON via a {"type":"json"} format). Use it to read any URL. Returns `data` with `markdown` (and the other formats asked for) and `metadata` (title, description, sourceURL, statusCode).',
  inputSchema: {
    type: 'object',
    properties: {
      url: {
        type: 'string',
        minLength: 1,
        description: 'The page to scrape, e.g. "https://docs.firecrawl.dev".',
      },
      ...scrapeOptionsProperties,
    },
    required: ['url'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'POST', path: '/v2/scrape' },
};

export const firecrawlBatchScrape: ToolDefinition = {
  slug: 'FIRECRAWL_BATCH_SCRAPE',
  name: 'Start batch scrape',
  description:
    'Starts scraping many known URLs at once, asynchronously, with the same options for every page. Returns the job `id` (and `invalidURLs` that were skipped); poll FIRECRAWL_GET_BATCH_SCRAPE_STATUS for the pages. For one page use FIRECRAWL_SCRAPE; to discover pages use FIRECRAWL_CRAWL.',
  inputSchema: {
    type: 'object',
    properties: {
      urls: {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
        description: 'The pages to scrape, e.g. ["https://example.com/a", "https://example.com/b"].',
      },
      ...scrapeOptionsProperties,
      maxConcurrency: { type: 'integer', minimum: 1, description: 'Most pages scraped at the same time.' },
      ignoreInvalidURLs: {
        type: 'boolean',
        description: 'Skip invalid URLs instead of failing the whole job. Default true.',
      },
    },
    required: ['urls'],
    additionalProperties: false,
  },
  tags: ['openWorldHint'],
  request: { method: 'POST', path: '/v2/batch/scrape' },
};

export const firecrawlGetBatchScrapeStatus: ToolDefinition = {
  slug: 'FIRECRAWL_GET_BATCH_SCRAPE_STATUS',
  name: 'Get batch scrape status',
  description:
    'Gets the progress and results of a batch scrape: `status` ("scraping", "completed" or "failed"), `total`, `completed`, `creditsUsed`, and `data`, the scraped pages so far (each with `markdown` and `metadata`). When results are large, `next` is set and holds the rest.',
  inputSchema: {
    type: 'object',
    properties: { id: jobIdSchema('batch scrape') },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint'],
  request: { method: 'GET', path: '/v2/batch/scrape/{id}' },
};

export const firecrawlSearch: ToolDefinition = {
  slug: 'FIRECRAWL_SEARCH',
  name: 'Search the web',
  description:
    'Searches the web and, when `scrapeOptions` is given, also scrapes each result in the same call. Returns `data.web` (title, description, url, plus `markdown` when scraped), and `data.news` / `data.images` when those sources are asked for.',
  inputSchema: {
    type: 'object',
    properties: {
      query: { type: 'string', minLength: 1, description: 'The search query, e.g. "firecrawl pricing".' },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        description: 'Maximum results, 1 to 100. Default 5.',
      },
      sources: {
        type: 'array',
        description: 'Where to search, default [{"type":"web"}]. Add {"type":"news"} or {"type":"images"}.',
        items: {
          type: 'object',
          properties: { type: { type: 'string', enum: ['web', 'news', 'images'] } },
          required: ['type'],
        },
      },
      categories: {
        type: 'array',
        description:
          'Restrict to kinds of sites: [{"type":"github"}], [{"type":"research"}] or [{"type":"pdf"}].',
        items: {
          type: 'object',
          properties: { type: { type: 'string', enum: ['github', 'research', 'pdf'] } },
          required: ['type'],
        },
      },
      tbs: {
        type: 'string',
        description:
          'Time filter: "qdr:h" past hour, "qdr:d" day, "qdr:w" week, "qdr:m" month, "qdr:y" year, or "cdr:1,cd_min:01/01/2025,cd_max:01/31/2025" for a date range.',
      },
      location: {
        type: 'string',
        description: 'Search from this place, e.g. "San Francisco,California,United States".',
      },
      country: { type: 'string', description: 'ISO country code for results, e.g. "US". Default US.' },
      timeout: {
        type: 'integer',
        minimum: 1000,
        description: 'Give up after this many milliseconds. Default 60000.',
      },
      scrapeOptions: scrapeOptionsSchema,
    },
    required: ['query'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'POST', path: '/v2/search' },
};
