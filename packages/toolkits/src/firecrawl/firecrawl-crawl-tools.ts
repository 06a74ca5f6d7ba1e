import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { jobIdSchema, scrapeOptionsSchema } from './firecrawl-schemas.ts';

export const firecrawlCrawl: ToolDefinition = {
  slug: 'FIRECRAWL_CRAWL',
  name: 'Start crawl',
  description:
    "Starts crawling a website from a URL, following its links and scraping every page found, asynchronously. Keep `limit` small (e.g. 10 to 50) unless the whole site is needed: each page costs credits. Returns the job `id`; poll FIRECRAWL_GET_CRAWL_STATUS for the pages. To only list a site's URLs, FIRECRAWL_MAP is faster.",
  inputSchema: {
    type: 'object',
    properties: {
      url: {
        type: 'string',
        minLength: 1,
        description: 'Where the crawl starts, e.g. "https://docs.example.com".',
      },
      prompt: {
        type: 'string',
        description:
          'Describe in words what to crawl, e.g. "only the blog posts from 2024"; Firecrawl derives the options from it. Options set explicitly win.',
      },
      limit: { type: 'integer', minimum: 1, description: 'Most pages to crawl. Default 10000: set it.' },
      includePaths: {
        type: 'array',
        items: { type: 'string' },
        description: 'Only crawl URL paths matching these regexes, e.g. ["^/blog/.*"].',
      },
      excludePaths: {
        type: 'array',
        items: { type: 'string' },
        description: 'Skip URL paths matching these regexes, e.g. ["^/admin/.*", "^/tag/.*"].',
      },
      maxDiscoveryDepth: {
        type: 'integer',
        minimum: 0,
        description: 'How many links deep to follow from the start page (sitemap pages count as depth 0).',
      },
      sitemap: {
        type: 'string',
        enum: ['include', 'skip'],
        description:
          'Use the site\'s sitemap to find pages ("include", default) or only follow links ("skip").',
      },
      crawlEntireDomain: {
        type: 'boolean',
        description:
          'Also follow links to sibling and parent paths, not only below the start URL. Default false.',
      },
      allowSubdomains: { type: 'boolean', description: 'Follow links to subdomains. Default false.' },
      allowExternalLinks: { type: 'boolean', description: 'Follow links to other websites. Default false.' },
      ignoreQueryParameters: {
        type: 'boolean',
        description: 'Treat URLs that differ only in their query string as one page. Default false.',
      },
      delay: {
        type: 'number',
        minimum: 0,
        description: 'Seconds to wait between page scrapes, to go easy on the site.',
      },
      maxConcurrency: { type: 'integer', minimum: 1, description: 'Most pages scraped at the same time.' },
      scrapeOptions: scrapeOptionsSchema,
    },
    required: ['url'],
    additionalProperties: false,
  },
  tags: ['openWorldHint'],
  request: { method: 'POST', path: '/v2/crawl' },
};

export const firecrawlGetCrawlStatus: ToolDefinition = {
  slug: 'FIRECRAWL_GET_CRAWL_STATUS',
  name: 'Get crawl status',
  description:
    'Gets the progress and results of a crawl: `status` ("scraping", "completed" or "failed"), `total` and `completed` page counts, `creditsUsed`, `expiresAt`, and `data`, the pages scraped so far (each with `markdown` and `metadata`). When results are large, `next` is set and holds the rest.',
  inputSchema: {
    type: 'object',
    properties: { id: jobIdSchema('crawl') },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint'],
  request: { method: 'GET', path: '/v2/crawl/{id}' },
};

export const firecrawlCancelCrawl: ToolDefinition = {
  slug: 'FIRECRAWL_CANCEL_CRAWL',
  name: 'Cancel crawl',
  description:
    'Stops a running crawl so it uses no more credits. Pages already scraped stay readable with FIRECRAWL_GET_CRAWL_STATUS. Returns {"status": "cancelled"}.',
  inputSchema: {
    type: 'object',
    properties: { id: jobIdSchema('crawl') },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['destructiveHint', 'idempotentHint'],
  request: { method: 'DELETE', path: '/v2/crawl/{id}' },
};

export const firecrawlMap: ToolDefinition = {
  slug: 'FIRECRAWL_MAP',
  name: 'Map a website',
  description:
    'Lists the URLs of a website quickly, from its sitemap and links, without scraping them. Use `search` to rank URLs by relevance, e.g. "pricing". Returns `links`, each with `url` and, when known, `title` and `description`. Then read pages with FIRECRAWL_SCRAPE or FIRECRAWL_BATCH_SCRAPE.',
  inputSchema: {
    type: 'object',
    properties: {
      url: { type: 'string', minLength: 1, description: 'The website, e.g. "https://firecrawl.dev".' },
      search: { type: 'string', description: 'Order URLs by relevance to this text, e.g. "blog".' },
      sitemap: {
        type: 'string',
        enum: ['include', 'skip', 'only'],
        description:
          '"include" (default) uses the sitemap and other sources, "skip" ignores it, "only" returns sitemap URLs only.',
      },
      includeSubdomains: { type: 'boolean', description: 'Include subdomains. Default true.' },
      ignoreQueryParameters: {
        type: 'boolean',
        description: 'Leave out URLs with query strings. Default true.',
      },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 100000,
        description: 'Most URLs to return. Default 5000.',
      },
      timeout: { type: 'integer', minimum: 1000, description: 'Give up after this many milliseconds.' },
    },
    required: ['url'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'POST', path: '/v2/map' },
};
