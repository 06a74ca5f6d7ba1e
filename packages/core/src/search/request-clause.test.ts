import { describe, expect, it } from 'vitest';
import { instrumentWords, requestClauses, statementClauses } from './request-clause.ts';
import { plainWords } from './test-support/plain-words.ts';

const asking = (sentence: string) => [...requestClauses(plainWords(sentence))];

describe('requestClauses', () => {
  it('finds the clauses that open with a verb of operations or a question word', () => {
    expect(asking('the build is green, so merge the branch')).toEqual([1]);
    expect(asking('please archive the thread, the customer replied')).toEqual([0]);
    expect(asking('which boards exist, can you list them')).toEqual([0, 1]);
  });

  it('finds a clause that opens with "new" as asking to make one', () => {
    expect(asking('new card for the sprint, tag it urgent')).toEqual([0, 1]);
  });

  it('takes no verb in -s to open a request', () => {
    expect(asking('checks are green, merge the branch')).toEqual([1]);
  });

  it('reads "I\'d like" and "we would like" as saying what the person needs', () => {
    expect(asking('the hall is booked, id like to know the price')).toEqual([1]);
    expect(asking('we would like the keys')).toEqual([0]);
    expect(asking('i like the keys')).toEqual([]);
  });

  it('finds the clauses that say what the person needs', () => {
    expect(asking('the deck is final, i need the share link')).toEqual([1]);
    expect(asking('need a refund for order 8')).toEqual([0]);
    expect(asking('the needle broke')).toEqual([]);
  });

  it('finds the statements among the clauses that do not ask', () => {
    const told = (sentence: string) => {
      const words = plainWords(sentence);
      return [...statementClauses(words, requestClauses(words))];
    };
    expect(told('on boardly, the build failed, rerun it')).toEqual([1]);
    expect(told('with boardly, grab the cards')).toEqual([]);
    expect(told('the card is done, i will link it later, close the ticket')).toEqual([0, 1]);
  });

  it('finds none where every clause has a subject of its own', () => {
    expect(asking('the build is green, i will merge later')).toEqual([]);
  });

  it('finds the means a request opens with', () => {
    expect(instrumentWords(plainWords('use the boardly api to close the trackr ticket'))).toEqual([1, 2, 3]);
    expect(instrumentWords(plainWords('please using boardly to list cards'))).toEqual([2]);
    expect(instrumentWords(plainWords('use cases for boardly'))).toEqual([]);
    expect(instrumentWords(plainWords('use boardly, to be safe'))).toEqual([]);
  });
});
