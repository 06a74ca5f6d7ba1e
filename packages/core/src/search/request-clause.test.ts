import { describe, expect, it } from 'vitest';
import { requestClauses } from './request-clause.ts';
import { plainWords } from './test-support/plain-words.ts';

const asking = (sentence: string) => [...requestClauses(plainWords(sentence))];

describe('requestClauses', () => {
  it('finds the clauses that open with a verb of operations or a question word', () => {
    expect(asking('the build is green, so merge the branch')).toEqual([1]);
    expect(asking('please archive the thread, the customer replied')).toEqual([0]);
    expect(asking('which boards exist, can you list them')).toEqual([0, 1]);
  });

  it('finds none where every clause has a subject of its own', () => {
    expect(asking('the build is green, i will merge later')).toEqual([]);
  });
});
