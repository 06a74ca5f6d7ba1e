import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.ts';
import { analyzeText, normalizeWords } from './analyze-text.ts';
import { createToolSearchIndex } from './create-tool-search-index.ts';
import { SEARCH_FIXTURE } from './test-support/search-fixture.ts';

/** Words that name members of Object.prototype: a plain-object table lookup finds those instead. */
const PROTOTYPE_WORDS = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'isPrototypeOf',
];

describe('search and words that are Object.prototype members', () => {
  it('treats them as ordinary words', () => {
    expect(normalizeWords(['constructor'])).toEqual(['constructor']);
    expect(analyzeText('find the constructor of a class')).toContain('constructor');
    const index = createToolSearchIndex(SEARCH_FIXTURE);
    for (const word of PROTOTYPE_WORDS) {
      expect(() => analyzeQuery(word), word).not.toThrow();
      expect(Array.isArray(index.searchLexical(word, { limit: 5 })), word).toBe(true);
      expect(
        Array.isArray(index.searchLexical(`list issues ${word.toLowerCase()}`, { limit: 5 })),
        word,
      ).toBe(true);
    }
  });
});
