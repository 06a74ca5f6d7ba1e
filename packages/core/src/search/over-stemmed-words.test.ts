import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { analyzeText, stemWord } from './analyze-text.ts';
import { OVER_STEMMED_WORDS } from './over-stemmed-words.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

describe('over-stemmed words', () => {
  it.each([
    ['news', 'new'],
    ['general', 'generate'],
    ['university', 'universe'],
    ['organ', 'organization'],
    ['production', 'product'],
    ['container', 'contain'],
    ['important', 'import'],
    ['balancer', 'balance'],
    ['author', 'authorize'],
  ])('keeps "%s" apart from "%s"', (word, other) => {
    expect(stemWord(word)).not.toBe(stemWord(other));
  });

  it('keeps each family together', () => {
    expect(stemWord('organizations')).toBe(stemWord('organize'));
    expect(stemWord('organisation')).toBe(stemWord('organized'));
    expect(analyzeText('orgs')).toEqual(analyzeText('organizations'));
    expect(stemWord('generally')).toBe(stemWord('general'));
    expect(stemWord('authorization')).toBe(stemWord('authorised'));
    expect(stemWord('containers')).toBe(stemWord('container'));
  });

  it('lists only words whose stem it changes', () => {
    for (const [word, family] of OVER_STEMMED_WORDS) expect(stemmer(word), word).not.toBe(family);
  });

  it('no longer reads a word of the other family into a request', () => {
    expect(queryTermWeight('share the weekly news digest', 'create')).toBe(0);
    expect(queryTermWeight('which pods run the payment containers', 'search')).toBe(0);
  });
});
