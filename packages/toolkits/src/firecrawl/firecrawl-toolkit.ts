import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import {
  firecrawlCancelCrawl,
  firecrawlCrawl,
  firecrawlGetCrawlStatus,
  firecrawlMap,
} from './firecrawl-crawl-tools.ts';
import {
  firecrawlExtract,
  firecrawlGetCreditUsage,
  firecrawlGetExtractStatus,
} from './firecrawl-extract-tools.ts';
import { firecrawlPhrasings } from './firecrawl-phrasings.ts';
import {
  firecrawlBatchScrape,
  firecrawlGetBatchScrapeStatus,
  firecrawlScrape,
  firecrawlSearch,
} from './firecrawl-scrape-tools.ts';

/**
 * Firecrawl (API v2): scrape pages to Markdown, crawl and map sites, search the web and extract
 * structured data with an LLM.
 *
 * @example
 * const { data } = await session.execute('FIRECRAWL_SCRAPE', { url: 'https://example.com', formats: ['markdown'] });
 */
export const firecrawl = defineToolkit({
  slug: 'firecrawl',
  name: 'Firecrawl',
  description: 'Scrape, crawl, map and search the web as clean Markdown or structured data.',
  logo: 'https://www.firecrawl.dev/favicon.ico',
  categories: ['web-scraping', 'search'],
  baseUrl: 'https://api.firecrawl.dev',
  auth: [{ mode: 'api_key', in: 'header', name: 'Authorization', prefix: 'Bearer ' }],
  connectHelp:
    'Create an API key at https://www.firecrawl.dev/app/api-keys (it starts with "fc-") and paste it here.',
  tools: withPhrasings(
    [
      firecrawlScrape,
      firecrawlBatchScrape,
      firecrawlGetBatchScrapeStatus,
      firecrawlCrawl,
      firecrawlGetCrawlStatus,
      firecrawlCancelCrawl,
      firecrawlMap,
      firecrawlSearch,
      firecrawlExtract,
      firecrawlGetExtractStatus,
      firecrawlGetCreditUsage,
    ],
    firecrawlPhrasings,
  ),
});
