import { describe, expect, it } from 'vitest';
import { SCOPE_WEIGHT } from './place-scope.ts';
import { wordsLeftAfter } from './test-support/plain-words.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';
import { markTopic } from './topic-words.ts';

const intentWords = (sentence: string) => wordsLeftAfter(markTopic, sentence);

describe('markTopic', () => {
  it('lowers the topic after "about" to the end of its clause', () => {
    expect(intentWords('which pages are about pricing or plans, just the links')).toEqual([
      'which',
      'pages',
      'are',
      'about',
      'just',
      'the',
      'links',
    ]);
    expect(intentWords('find mails regarding the lease')).toEqual(['find', 'mails', 'regarding']);
  });

  it('ends the topic at the next part of the request', () => {
    expect(intentWords('list threads about the move and pin the newest')).toEqual([
      'list',
      'threads',
      'about',
      'and',
      'pin',
      'the',
      'newest',
    ]);
  });

  it('leaves "about" at the start alone', () => {
    expect(intentWords('about the lease renewal')).toHaveLength(4);
  });
});

describe('a topic in a query', () => {
  it('weighs like a scope, and the thing asked for in full', () => {
    expect(queryTermWeight('which pages of the site are about pricing?', 'pricing')).toBe(SCOPE_WEIGHT);
    expect(queryTermWeight('which pages of the site are about pricing?', 'pages')).toBe(1);
  });
});
