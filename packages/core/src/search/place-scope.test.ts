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
});
