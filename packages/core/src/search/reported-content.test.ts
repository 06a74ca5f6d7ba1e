import { describe, expect, it } from 'vitest';
import { IDENTIFIER_WEIGHT } from './analyze-query.ts';
import { markReportedContent } from './reported-content.ts';
import { wordsLeftAfter } from './test-support/plain-words.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

const intentWords = (sentence: string) => wordsLeftAfter(markReportedContent, sentence);

describe('markReportedContent', () => {
  it('lowers what follows "saying" to the end of its clause', () => {
    expect(intentWords('ping the vendor saying the parcel arrived, then archive it')).toEqual([
      'ping',
      'the',
      'vendor',
      'saying',
      'then',
      'archive',
      'it',
    ]);
  });

  it('reads a "that" soon after a word of telling as opening what is told', () => {
    expect(intentWords('tell the landlord that the boiler is broken')).toEqual([
      'tell',
      'the',
      'landlord',
      'that',
    ]);
    expect(intentWords('reply on the thread that everything is fine')).toEqual([
      'reply',
      'on',
      'the',
      'thread',
      'that',
    ]);
  });

  it('leaves a relative or pointing "that" alone', () => {
    expect(intentWords('post a message that mentions the picnic')).toHaveLength(7);
    expect(intentWords('note down that recipe')).toHaveLength(4);
    expect(intentWords('archive the folder that the intern made')).toHaveLength(7);
  });
});

describe('reported content in queries', () => {
  it('weighs the content of a note like a value, not like the operation', () => {
    expect(queryTermWeight('leave a note on the ticket that the printer was repaired', 'repaired')).toBe(
      IDENTIFIER_WEIGHT,
    );
    expect(queryTermWeight('leave a note on the ticket that the printer was repaired', 'ticket')).toBe(1);
    expect(queryTermWeight('message Ana saying the release is delayed', 'release')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('delay the release', 'release')).toBe(1);
  });
});

describe('text to write after a colon', () => {
  it('weighs what follows a colon after a verb of writing like a value, to the end', () => {
    const query = 'post in the lobby channel: the espresso machine is fixed, refills are free';
    expect(queryTermWeight(query, 'espresso')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight(query, 'refill')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight(query, 'lobby')).toBe(1);
    expect(queryTermWeight('jot three lines on the trip page 5e6f7a8b: book ferry, pack tent', 'ferry')).toBe(
      IDENTIFIER_WEIGHT,
    );
  });

  it('keeps the words after a colon that follows no verb of writing, or has no space after it', () => {
    expect(queryTermWeight('spreadsheet app: which sheets changed today', 'sheet')).toBe(1);
    expect(queryTermWeight('add the dentist at 10:30 to my calendar', 'calendar')).toBe(1);
  });
});
