import { describe, expect, it } from 'vitest';
import { githubWorkPhrasings } from './github-phrasings-work.ts';
import { github } from './github-toolkit.ts';

const entries = Object.entries(githubWorkPhrasings);

describe('githubWorkPhrasings', () => {
  it('names only tools of the GitHub toolkit', () => {
    const slugs = new Set(github.tools.map((tool) => tool.slug));
    expect(entries.map(([slug]) => slug).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('gives each tool 5 to 8 phrasings of 3 to 14 words', () => {
    const outOfRange = entries.filter(([, phrasings]) => phrasings.length < 5 || phrasings.length > 8);
    expect(outOfRange.map(([slug]) => slug)).toEqual([]);
    const badLength = entries.flatMap(([, phrasings]) =>
      phrasings.filter((phrasing) => {
        const words = phrasing.trim().split(/\s+/).length;
        return words < 3 || words > 14;
      }),
    );
    expect(badLength).toEqual([]);
  });

  it('never gives the same phrasing to two tools', () => {
    const owners = new Map<string, string[]>();
    for (const [slug, phrasings] of entries) {
      for (const phrasing of phrasings) {
        const key = phrasing.toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), slug]);
      }
    }
    expect([...owners].filter(([, slugs]) => slugs.length > 1)).toEqual([]);
  });
});
