import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { jobIdSchema, scrapeOptionsSchema } from './firecrawl-schemas.ts';

export const firecrawlExtract: ToolDefinition = {
  slug: 'FIRECRAWL_EXTRACT',
  name: 'Start extraction',
  description:
    'Starts extracting structured data from one or more pages or whole sites with an LLM, asynchronously: describe what you want in `prompt` and/or give a JSON Schema in `schema`. URLs may end in "/*" to cover a whole domain. Returns the job `id`; poll FIRECRAWL_GET_EXTRACT_STATUS for `data`. For one page, FIRECRAWL_SCRAPE with a {"type":"json"} format is quicker.',
  inputSchema: {
    type: 'object',
    properties: {
      urls: {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
        description:
          'Pages or sites to extract from, e.g. ["https://example.com/pricing", "https://example.com/blog/*"].',
      },
      prompt: {
        type: 'string',
        description: 'What to extract, e.g. "The name, price and billing period of every plan".',
      },
      schema: {
        type: 'object',
        description:
          'JSON Schema of the result, e.g. {"type":"object","properties":{"plans":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"price":{"type":"number"}}}}}}.',
      },
      enableWebSearch: {
        type: 'boolean',
        description: 'Also search the web for missing data. Default false.',
      },
      showSources: {
        type: 'boolean',
        description: 'Return the source URLs of each value in `sources`. Default false.',
      },
      ignoreSitemap: {
        type: 'boolean',
        description: 'Do not use sitemaps when expanding "/*" URLs. Default false.',
      },
      includeSubdomains: {
        type: 'boolean',
        description: 'Also scan subdomains for "/*" URLs. Default true.',
      },
      scrapeOptions: scrapeOptionsSchema,
    },
    required: ['urls'],
    additionalProperties: false,
  },
  tags: ['openWorldHint'],
  request: { method: 'POST', path: '/v2/extract' },
};

export const firecrawlGetExtractStatus: ToolDefinition = {
  slug: 'FIRECRAWL_GET_EXTRACT_STATUS',
  name: 'Get extraction status',
  description:
    'Gets the state and result of an extraction job: `status` ("processing", "completed", "failed" or "cancelled"), `data` (the extracted object once completed), `sources` when asked for, and `expiresAt`.',
  inputSchema: {
    type: 'object',
    properties: { id: jobIdSchema('extraction') },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint'],
  request: { method: 'GET', path: '/v2/extract/{id}' },
};

export const firecrawlGetCreditUsage: ToolDefinition = {
  slug: 'FIRECRAWL_GET_CREDIT_USAGE',
  name: 'Get credit usage',
  description:
    "Returns the Firecrawl team's `remainingCredits`, `planCredits` and the current billing period. Check it before a large crawl.",
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v2/team/credit-usage' },
};
