import { describe, expect, it } from 'vitest';
import { letSomeonePhrase, PERMISSION_WORDS, REQUEST_WORDS, TELL_WORDS } from './let-someone.ts';
import { plainWords } from './test-support/plain-words.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

const words = plainWords;
/** What the first "let someone ..." phrase stands for, or none. */
const letSomeone = (sentenceWords: ReturnType<typeof plainWords>) =>
  letSomeonePhrase(sentenceWords)?.stands ?? [];

describe('letSomeone', () => {
  it('reads "let someone know" as telling them', () => {
    expect(letSomeone(words('let Oskar know the van is booked'))).toBe(TELL_WORDS);
    expect(letSomeone(words('please let the night shift know'))).toBe(TELL_WORDS);
  });

  it('reads letting or allowing someone a verb of access as a permission', () => {
    expect(letSomeone(words('let the auditors view the ledger'))).toBe(PERMISSION_WORDS);
    expect(letSomeone(words('allow Mira to edit the seating plan'))).toBe(PERMISSION_WORDS);
  });

  it('reads asking someone to do something as a request', () => {
    expect(letSomeone(words('ask Kim and Bo to proofread the flyer'))).toBe(REQUEST_WORDS);
    expect(letSomeone(words('ask for a refund'))).toEqual([]);
    expect(letSomeone(words('ask me to proofread it'))).toEqual([]);
  });

  it('reads getting someone to look at or check something as a request, not taking something to them', () => {
    expect(letSomeone(words('get Priya and Tomasz to look over the menu'))).toBe(REQUEST_WORDS);
    expect(letSomeone(words('get the twins to check the invoice'))).toBe(REQUEST_WORDS);
    expect(letSomeone(words('get the menu to Priya'))).toEqual([]);
  });

  it('counts initials as part of a name', () => {
    expect(letSomeone(words('ask priya k and tomasz w to proofread it'))).toBe(REQUEST_WORDS);
  });

  it('needs someone other than the requester or a thing', () => {
    expect(letSomeone(words('let me see the ledger'))).toEqual([]);
    expect(letSomeone(words('let it run overnight'))).toEqual([]);
    expect(letSomeone(words('let know'))).toEqual([]);
  });

  it('stays within a short stretch of one clause', () => {
    expect(letSomeone(words('let Oskar, know the van is booked'))).toEqual([]);
    expect(letSomeone(words('let the very large old red van know'))).toEqual([]);
  });
});

describe('"let someone" in queries', () => {
  it('brings in the words of sharing and messaging', () => {
    expect(queryTermWeight('let the auditors view the ledger', 'permission')).toBeGreaterThan(0.5);
    expect(queryTermWeight('let Oskar know the van is booked', 'message')).toBeGreaterThan(0.5);
    expect(queryTermWeight('let me see the ledger', 'permission')).toBe(0);
  });
});

describe('someone who should be able to do something', () => {
  it('reads "X should be able to edit" as a permission for X', () => {
    expect(letSomeone(words('the whole finance team should be able to edit the ledger'))).toBe(
      PERMISSION_WORDS,
    );
    expect(letSomeone(words('Omar needs to be able to push to the repo'))).toBe(PERMISSION_WORDS);
  });

  it('leaves the requester being able to do something, and "able to" before no verb of access', () => {
    expect(letSomeone(words('i need to be able to read the ledger'))).toEqual([]);
    expect(letSomeone(words('the crew should be able to sleep'))).toEqual([]);
  });
});
