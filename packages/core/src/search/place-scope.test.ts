import { describe, expect, it } from 'vitest';
import { markScope } from './place-scope.ts';
import { wordsLeftAfter } from './test-support/plain-words.ts';

describe('markScope', () => {
  it('lowers the scope after a preposition of place, quantifiers kept', () => {
    expect(wordsLeftAfter(markScope, 'find gdpr across all channels for me')).toEqual([
      'find',
      'gdpr',
      'across',
      'all',
      'for',
      'me',
    ]);
  });

  it('stops at the clause, and leaves other prepositions alone', () => {
    expect(wordsLeftAfter(markScope, 'look within, then list channels')).toHaveLength(5);
    expect(wordsLeftAfter(markScope, 'list channels in the workspace')).toHaveLength(5);
  });

  it('lowers a scope after a plain preposition and a quantifier ("in any of our channels")', () => {
    expect(wordsLeftAfter(markScope, 'who raised the rota in any of our rooms')).toEqual([
      'who',
      'raised',
      'the',
      'rota',
      'in',
      'any',
      'of',
      'our',
    ]);
    expect(wordsLeftAfter(markScope, 'search tickets on all boards')).toEqual([
      'search',
      'tickets',
      'on',
      'all',
    ]);
    expect(wordsLeftAfter(markScope, 'post it in the rooms')).toHaveLength(5);
  });
});
