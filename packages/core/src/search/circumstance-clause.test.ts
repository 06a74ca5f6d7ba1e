import { describe, expect, it } from 'vitest';
import { IDENTIFIER_WEIGHT } from './analyze-query.ts';
import { markCircumstance, markFutureClauses } from './circumstance-clause.ts';
import { wordsLeftAfter } from './test-support/plain-words.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

const intentWords = (sentence: string) => wordsLeftAfter(markCircumstance, sentence);

describe('markCircumstance', () => {
  it('lowers a clause of reason to its end', () => {
    expect(intentWords('because the oven is broken, book a repair')).toEqual(['book', 'a', 'repair']);
    expect(intentWords('cancel the lease now that we moved')).toEqual(['cancel', 'the', 'lease']);
    expect(intentWords('pause the plan since it expired')).toEqual(['pause', 'the', 'plan']);
  });

  it('lowers a clause of purpose after "so"', () => {
    expect(intentWords('share the album so the cousins can print it')).toEqual(['share', 'the', 'album']);
    expect(intentWords('rename the folder so that it sorts first')).toEqual(['rename', 'the', 'folder']);
  });

  it('lowers a clause that says what the result is for', () => {
    expect(intentWords('the recipe card for the soup, we need it for the potluck')).toEqual([
      'the',
      'recipe',
      'card',
      'for',
      'the',
      'soup',
      'we',
    ]);
    expect(intentWords('fetch the floor plan, its for the movers')).toEqual([
      'fetch',
      'the',
      'floor',
      'plan',
    ]);
    expect(intentWords('print the list this is for the auditors')).toEqual(['print', 'the', 'list']);
  });

  it('lowers what the requester can do with the result, after the thing asked for', () => {
    expect(intentWords('export the guest list as a sheet we can print')).toEqual([
      'export',
      'the',
      'guest',
      'list',
      'as',
      'a',
      'sheet',
    ]);
    expect(intentWords('a coupon code that we could hand out at the fair')).toEqual([
      'a',
      'coupon',
      'code',
      'that',
    ]);
    expect(intentWords('we can print the badges, list the guests')).toHaveLength(8);
    expect(intentWords('what can we print')).toHaveLength(4);
  });

  it('lowers what a needed thing is for, after "to" and a verb', () => {
    expect(intentWords('i need names and emails to check against the roster')).toEqual([
      'i',
      'need',
      'names',
      'and',
      'emails',
    ]);
    expect(intentWords('i need a link to the message')).toHaveLength(7);
    expect(intentWords('i need to check the roster')).toHaveLength(6);
  });

  it('leaves "for" that names what to act on alone', () => {
    expect(intentWords('need the keys for the van')).toHaveLength(6);
    expect(intentWords('search it for typos')).toHaveLength(4);
  });

  it('lowers a clause of time that opens with its subject ("before we ...")', () => {
    expect(intentWords('before we paint the hall, list the colours')).toEqual(['list', 'the', 'colours']);
    expect(intentWords('once it dries, book the movers')).toEqual(['book', 'the', 'movers']);
    expect(intentWords('before noon, list the colours')).toHaveLength(5);
  });

  it('leaves "since" before a date and "so" without a verb alone', () => {
    expect(intentWords('orders since the spring sale')).toHaveLength(5);
    expect(intentWords('so list the orders')).toHaveLength(4);
    expect(intentWords('tidy the shed so much')).toHaveLength(5);
  });
});

describe('circumstances in queries', () => {
  it('weigh the reason like a value and the request in full', () => {
    expect(queryTermWeight('delete the tag now that it is published', 'publish')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('delete the tag now that it is published', 'tag')).toBe(1);
    expect(queryTermWeight("fetch the floor plan, it's for the movers", 'mover')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('the shelf sizes? I need them for an order', 'order')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('the shelf sizes? I need them for an order', 'shelf')).toBe(1);
  });
});

describe('markFutureClauses', () => {
  const leftAfter = (sentence: string, asking: number[]) =>
    wordsLeftAfter((words, weight) => markFutureClauses(words, new Set(asking), weight), sentence);

  it('lowers a clause that tells what will happen later, when another clause asks', () => {
    expect(leftAfter('print the seating plan, gonna pin it on the board later', [0])).toEqual([
      'print',
      'the',
      'seating',
      'plan',
    ]);
    expect(leftAfter('scan the receipts, they are going into the tax folder', [0])).toEqual([
      'scan',
      'the',
      'receipts',
    ]);
  });

  it('keeps every word when the future is all there is, or the future clause is the one that asks', () => {
    expect(leftAfter('it will rain', [])).toHaveLength(3);
    expect(leftAfter('will you print the plan', [0])).toHaveLength(5);
  });

  it('lowers the future clause when another clause holds the request without asking', () => {
    expect(leftAfter('every price on the menu, it will go in a sheet', [])).toEqual([
      'every',
      'price',
      'on',
      'the',
      'menu',
    ]);
  });
});
