import { describe, expect, it } from 'vitest';
import { analyzeQuery, SYNONYM_WEIGHT } from './analyze-query.ts';
import { englishSynonyms } from './english-synonyms.ts';

describe('englishSynonyms', () => {
  it('gives the closest WordNet synonyms of a word, never the word itself', () => {
    expect(englishSynonyms('grab')).toContain('seize');
    expect(englishSynonyms('grab')).not.toContain('grab');
  });

  it('knows nothing of unknown words or of Object.prototype names', () => {
    expect(englishSynonyms('qwzx')).toEqual([]);
    expect(englishSynonyms('constructor')).toEqual([]);
    expect(englishSynonyms('__proto__')).toEqual([]);
  });
});

describe('synonyms in queries', () => {
  it('adds synonyms of intent words at a low weight, not of identifiers', () => {
    const terms = new Map(analyzeQuery('buy a domain').terms.map((t) => [t.term, t.weight]));
    expect(terms.get('purchas')).toBe(SYNONYM_WEIGHT);
    expect(terms.get('bui')).toBe(1);
    const quoted = new Map(analyzeQuery('find "buy"').terms.map((t) => [t.term, t.weight]));
    expect(quoted.has('purchas')).toBe(false);
  });
});
