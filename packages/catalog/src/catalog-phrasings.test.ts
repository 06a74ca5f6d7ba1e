import { withPhrasings } from '@toolrouter/toolkits';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogIndex } from './catalog-index.ts';
import { type CatalogPhrasings, catalogPhrasings } from './catalog-phrasings.ts';
import { catalogToolkits } from './catalog-toolkits.ts';

let phrasings: CatalogPhrasings;

beforeAll(async () => {
  phrasings = await catalogPhrasings();
});

describe('the catalog phrasings (data/phrasings.json)', () => {
  it('name only catalog toolkits, and only tools of those toolkits', async () => {
    const slugs = new Set((await catalogIndex()).map((info) => info.slug));
    const kits = Object.keys(phrasings);
    expect(kits.length).toBeGreaterThan(0);
    expect(kits.filter((slug) => !slugs.has(slug))).toEqual([]);
    for (const toolkit of await catalogToolkits({ only: kits })) {
      expect(() => withPhrasings(toolkit.tools, phrasings[toolkit.slug] ?? {})).not.toThrow();
    }
  }, 60_000);

  it('give each tool 5 to 8 distinct phrasings of 3 to 14 words', () => {
    const problems: string[] = [];
    for (const [kit, table] of Object.entries(phrasings)) {
      for (const [slug, list] of Object.entries(table)) {
        if (!slug.startsWith(`${kit.toUpperCase()}_`)) problems.push(`${kit}.${slug}: not a ${kit} slug`);
        if (list.length < 5 || list.length > 8) problems.push(`${slug}: ${list.length} phrasings`);
        if (new Set(list.map((phrasing) => phrasing.toLowerCase())).size !== list.length)
          problems.push(`${slug}: a phrasing twice`);
        for (const phrasing of list) {
          const words = typeof phrasing === 'string' ? phrasing.trim().split(/\s+/).length : 0;
          if (words < 3 || words > 14) problems.push(`${slug}: '${phrasing}'`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('are carried by the tools catalogToolkits() builds, and tools without an entry have none', async () => {
    const [kit] = Object.keys(phrasings);
    const [toolkit] = await catalogToolkits({ only: [kit as string] });
    const table = phrasings[kit as string] ?? {};
    for (const tool of toolkit?.tools ?? []) {
      expect(tool.phrasings, tool.slug).toEqual(table[tool.slug]);
    }
  });
});
