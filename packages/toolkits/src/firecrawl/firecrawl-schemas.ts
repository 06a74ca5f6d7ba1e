import type { JsonSchema } from '../toolkit/toolkit-types.ts';

/** Firecrawl v2 scrape options, shared by scrape, batch scrape, crawl, search and extract. */
export const scrapeOptionsProperties: Record<string, JsonSchema> = {
  formats: {
    type: 'array',
    description:
      'Output formats, default ["markdown"]. Strings: "markdown", "summary", "html", "rawHtml", "links", "images", "screenshot". Objects for options: {"type":"json","prompt":"Extract the product name and price","schema":{...}} for structured data, {"type":"screenshot","fullPage":true}. Example: ["markdown", "links"].',
    items: {
      anyOf: [
        { type: 'string', enum: ['markdown', 'summary', 'html', 'rawHtml', 'links', 'images', 'screenshot'] },
        {
          type: 'object',
          properties: {
            type: { type: 'string', enum: ['json', 'screenshot', 'changeTracking'] },
            prompt: { type: 'string', description: 'For json: what to extract.' },
            schema: { type: 'object', description: 'For json: JSON Schema of the data to extract.' },
            fullPage: {
              type: 'boolean',
              description: 'For screenshot: the whole page, not just the viewport.',
            },
          },
          required: ['type'],
        },
      ],
    },
  },
  onlyMainContent: {
    type: 'boolean',
    description: 'Keep only the main content, without headers, navigation and footers. Default true.',
  },
  includeTags: {
    type: 'array',
    items: { type: 'string' },
    description: 'Only keep these HTML tags, classes or ids, e.g. ["article", ".post-body", "#main"].',
  },
  excludeTags: {
    type: 'array',
    items: { type: 'string' },
    description: 'Remove these HTML tags, classes or ids, e.g. ["nav", ".ads"].',
  },
  maxAge: {
    type: 'integer',
    minimum: 0,
    description:
      'Accept a cached copy younger than this many milliseconds (default 2 days); 0 always fetches fresh.',
  },
  waitFor: {
    type: 'integer',
    minimum: 0,
    description: 'Extra milliseconds to wait for the page to render before reading it. Default 0.',
  },
  timeout: { type: 'integer', minimum: 1000, description: 'Give up after this many milliseconds.' },
  mobile: { type: 'boolean', description: 'Emulate a mobile device. Default false.' },
  headers: {
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'HTTP headers sent to the site, e.g. {"Cookie": "session=..."} or {"User-Agent": "..."}.',
  },
  location: {
    type: 'object',
    description: 'Where to browse from: {"country": "DE", "languages": ["de-DE"]}. Default US.',
    properties: {
      country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code.' },
      languages: { type: 'array', items: { type: 'string' }, description: 'Preferred locales in order.' },
    },
    additionalProperties: false,
  },
  proxy: {
    type: 'string',
    enum: ['basic', 'stealth', 'auto'],
    description:
      'Proxy type: "basic" is fast, "stealth" gets past anti-bot protection (costs more), "auto" retries with stealth when basic fails.',
  },
  blockAds: { type: 'boolean', description: 'Block ads and cookie banners. Default true.' },
  actions: {
    type: 'array',
    description:
      'Browser actions run before reading the page, in order, e.g. [{"type":"click","selector":"#load-more"},{"type":"wait","milliseconds":1000},{"type":"scroll","direction":"down"},{"type":"write","text":"query"},{"type":"press","key":"Enter"}].',
    items: {
      type: 'object',
      properties: {
        type: {
          type: 'string',
          enum: ['wait', 'click', 'write', 'press', 'scroll', 'screenshot', 'scrape', 'executeJavascript'],
        },
      },
      required: ['type'],
    },
  },
};

/** Scrape options as one nested object, for endpoints that take them under `scrapeOptions`. */
export const scrapeOptionsSchema: JsonSchema = {
  type: 'object',
  description: 'How each page is scraped, e.g. {"formats": ["markdown"], "onlyMainContent": true}.',
  properties: scrapeOptionsProperties,
  additionalProperties: false,
};

export const jobIdSchema = (what: string): JsonSchema => ({
  type: 'string',
  minLength: 1,
  description: `The job \`id\` returned when the ${what} was started, e.g. "0a1b2c3d-4e5f-6789-abcd-ef0123456789".`,
});
