import { validateToolkit } from '@toolrouter/toolkits';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { firecrawl } from '../../../../packages/toolkits/src/firecrawl/firecrawl-toolkit.ts';

describe('firecrawl toolkit definition', () => {
  it('passes validateToolkit and names its tools after the toolkit', () => {
    expect(() => validateToolkit(firecrawl)).not.toThrow();
    expect(firecrawl.tools.length).toBeGreaterThanOrEqual(6);
    for (const tool of firecrawl.tools) {
      expect(tool.slug.startsWith('FIRECRAWL_')).toBe(true);
      expect(tool.description.length).toBeGreaterThan(60);
    }
  });

  it.each(firecrawl.tools.map((tool) => [tool.slug, tool] as const))(
    '%s has an input schema Ajv compiles',
    (_slug, tool) => {
      const ajv = new Ajv2020({ strict: false, logger: false });
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
    },
  );

  it('marks reads as read-only and cancelling as destructive', () => {
    const tags = Object.fromEntries(firecrawl.tools.map((tool) => [tool.slug, tool.tags ?? []]));
    for (const slug of [
      'FIRECRAWL_SCRAPE',
      'FIRECRAWL_MAP',
      'FIRECRAWL_SEARCH',
      'FIRECRAWL_GET_CRAWL_STATUS',
      'FIRECRAWL_GET_EXTRACT_STATUS',
      'FIRECRAWL_GET_BATCH_SCRAPE_STATUS',
      'FIRECRAWL_GET_CREDIT_USAGE',
    ])
      expect(tags[slug]).toContain('readOnlyHint');
    expect(tags.FIRECRAWL_CRAWL).not.toContain('readOnlyHint');
    expect(tags.FIRECRAWL_BATCH_SCRAPE).not.toContain('readOnlyHint');
    expect(tags.FIRECRAWL_EXTRACT).not.toContain('readOnlyHint');
    expect(tags.FIRECRAWL_CANCEL_CRAWL).toContain('destructiveHint');
  });
});
