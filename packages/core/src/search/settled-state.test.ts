import { describe, expect, it } from 'vitest';
import { IDENTIFIER_WEIGHT } from './analyze-query.ts';
import { markSettledState } from './settled-state.ts';
import { wordsLeftAfter } from './test-support/plain-words.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

const intentWords = (sentence: string) => wordsLeftAfter(markSettledState, sentence);

describe('markSettledState', () => {
  it('lowers the state that "already" holds', () => {
    expect(intentWords('the order is already finalized so ship it')).toEqual([
      'the',
      'order',
      'is',
      'already',
      'so',
      'ship',
      'it',
    ]);
    expect(intentWords('it has already been sent, resend it')).not.toContain('sent');
    expect(intentWords('the menu is already final')).not.toContain('final');
  });

  it('leaves what "already" says of anything but a state', () => {
    expect(intentWords('do I already have a folder for taxes')).toHaveLength(8);
  });
});

describe('a settled state in a query', () => {
  it('weighs like a value', () => {
    expect(queryTermWeight('the bill is already finalized, mail it again', 'finalized')).toBe(
      IDENTIFIER_WEIGHT,
    );
  });
});
