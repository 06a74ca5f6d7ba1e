import type { JsonSchema } from '../toolkit/toolkit-types.ts';

/** What page content Exa returns with each result (shared by search, find similar and get contents). */
export const contentsProperties: Record<string, JsonSchema> = {
  text: {
    description:
      'Return the page text as clean Markdown: true, or {"maxCharacters": 3000, "includeHtmlTags": false} to cap its length.',
    anyOf: [
      { type: 'boolean' },
      {
        type: 'object',
        properties: {
          maxCharacters: {
            type: 'integer',
            minimum: 1,
            description: 'Cut the text after this many characters.',
          },
          includeHtmlTags: { type: 'boolean', description: 'Keep HTML tags. Default false.' },
        },
        additionalProperties: false,
      },
    ],
  },
  highlights: {
    description:
      'Return the most relevant snippets of each page: true, or {"query": "pricing", "numSentences": 2, "highlightsPerUrl": 3}.',
    anyOf: [
      { type: 'boolean' },
      {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'What the snippets should be about.' },
          numSentences: { type: 'integer', minimum: 1, description: 'Sentences per snippet.' },
          highlightsPerUrl: { type: 'integer', minimum: 1, description: 'Snippets per page.' },
        },
        additionalProperties: false,
      },
    ],
  },
  summary: {
    description:
      'Return an LLM summary of each page: true, or {"query": "What does the company sell?"} to focus it, optionally with a JSON Schema in "schema" for a structured summary.',
    anyOf: [
      { type: 'boolean' },
      {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'What the summary should answer.' },
          schema: {
            type: 'object',
            description: 'JSON Schema the summary must follow (returned as a JSON string).',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  livecrawl: {
    type: 'string',
    enum: ['never', 'fallback', 'always', 'preferred'],
    description:
      'Fetch pages live instead of from Exa\'s cache: "never", "fallback" (only when not cached), "always", or "preferred" (live, cache when live fails). Use "always" or "preferred" for fresh content such as news.',
  },
  livecrawlTimeout: {
    type: 'integer',
    minimum: 1,
    description: 'Live crawl timeout in milliseconds. Default 10000.',
  },
  subpages: {
    type: 'integer',
    minimum: 0,
    description: 'Also crawl this many subpages of each result. Default 0.',
  },
  subpageTarget: {
    description: 'Keyword(s) choosing which subpages to crawl, e.g. "pricing" or ["about", "team"].',
    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  },
  extras: {
    type: 'object',
    description:
      'Extra data per result: {"links": 5} returns up to 5 links of the page, {"imageLinks": 3} up to 3 image URLs.',
    properties: {
      links: { type: 'integer', minimum: 0 },
      imageLinks: { type: 'integer', minimum: 0 },
    },
    additionalProperties: false,
  },
};

export const contentsSchema: JsonSchema = {
  type: 'object',
  description:
    'Page content to return with each result. Without it only title, URL, date and author come back. Example: {"text": {"maxCharacters": 2000}} or {"highlights": true, "summary": true}.',
  properties: contentsProperties,
  additionalProperties: false,
};

/** Result filters shared by search and find similar. */
export const filterProperties: Record<string, JsonSchema> = {
  numResults: {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    description: 'Number of results, 1 to 100. Default 10.',
  },
  includeDomains: {
    type: 'array',
    items: { type: 'string' },
    description: 'Only return results from these domains, e.g. ["arxiv.org", "nature.com"].',
  },
  excludeDomains: {
    type: 'array',
    items: { type: 'string' },
    description: 'Never return results from these domains.',
  },
  startPublishedDate: {
    type: 'string',
    description:
      'Only pages published after this ISO 8601 date, e.g. "2024-01-01" or "2024-01-01T00:00:00.000Z".',
  },
  endPublishedDate: { type: 'string', description: 'Only pages published before this ISO 8601 date.' },
  startCrawlDate: { type: 'string', description: 'Only pages Exa discovered after this ISO 8601 date.' },
  endCrawlDate: { type: 'string', description: 'Only pages Exa discovered before this ISO 8601 date.' },
  includeText: {
    type: 'array',
    items: { type: 'string' },
    maxItems: 1,
    description: 'A phrase (up to 5 words) every result must contain, e.g. ["large language model"].',
  },
  excludeText: {
    type: 'array',
    items: { type: 'string' },
    maxItems: 1,
    description: 'A phrase (up to 5 words) no result may contain.',
  },
};
