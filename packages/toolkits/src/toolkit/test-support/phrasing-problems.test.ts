import { describe, expect, it } from 'vitest';
import { phrasingProblems } from './phrasing-problems.ts';

describe('phrasingProblems', () => {
  it('finds nothing in a sound table', () => {
    expect(phrasingProblems({ A_GET: ['show me the thing', 'open that thing'] }, { min: 2, max: 3 })).toEqual(
      [],
    );
  });

  it('names each kind of problem', () => {
    expect(
      phrasingProblems(
        { A_GET: ['show it', 'open that thing.'], A_LIST: ['open that thing.'] },
        { min: 2, max: 3 },
      ),
    ).toEqual([
      "A_GET: 'show it' has 2 words, not 3 to 14",
      "A_GET: 'open that thing.' ends in a period",
      'A_LIST: 1 phrasings, not 2 to 3',
      "A_LIST: 'open that thing.' ends in a period",
      "A_LIST: 'open that thing.' is also given to A_GET",
    ]);
  });
});
