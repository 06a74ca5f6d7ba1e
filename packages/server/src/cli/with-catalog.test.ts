import { describe, expect, it } from 'vitest';
import { withCatalog } from './with-catalog.ts';

describe('withCatalog', () => {
  it('adds the generated catalog before the configured toolkits', async () => {
    const mine = {
      slug: 'mine',
      name: 'Mine',
      description: 'd',
      baseUrl: 'https://mine.example',
      auth: [{ mode: 'none' as const }],
      tools: [],
    };
    const options = await withCatalog({ toolkits: [mine] }, {});
    const slugs = options.toolkits?.map((toolkit) => toolkit.slug) ?? [];
    expect(slugs.length).toBeGreaterThan(150);
    expect(slugs).toContain('jira');
    expect(slugs.at(-1)).toBe('mine');
  }, 60_000);

  it('leaves the options alone with TOOLROUTER_CATALOG=off', async () => {
    const options = { baseUrl: 'http://localhost:8080' };
    expect(await withCatalog(options, { TOOLROUTER_CATALOG: 'off' })).toBe(options);
  });
});
