import { describe, expect, it } from 'vitest';
import { githubCodePhrasings } from './github-phrasings-code.ts';
import { github } from './github-toolkit.ts';

const entries = Object.entries(githubCodePhrasings);

describe('githubCodePhrasings', () => {
  it('names only tools of the github toolkit', () => {
    const slugs = new Set(github.tools.map((tool) => tool.slug));
    expect(entries.map(([slug]) => slug).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('gives each tool 5 to 8 phrasings of 3 to 14 words', () => {
    for (const [slug, phrasings] of entries) {
      expect(phrasings.length, slug).toBeGreaterThanOrEqual(5);
      expect(phrasings.length, slug).toBeLessThanOrEqual(8);
      for (const phrasing of phrasings) {
        const words = phrasing.trim().split(/\s+/).length;
        expect(words >= 3 && words <= 14, `${slug}: ${phrasing}`).toBe(true);
      }
    }
  });

  it('never gives the same phrasing to two tools, or twice to one', () => {
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
