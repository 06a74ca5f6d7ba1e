import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.ts';
import { grammaticalNumbers, isPlural, nameNumbers } from './grammatical-number.ts';

describe('isPlural', () => {
  it('hears the plural in a final s its stem does without, and in irregular plurals', () => {
    for (const word of ['builds', 'branches', 'policies', 'people', 'children'])
      expect(isPlural(word)).toBe(true);
  });

  it('leaves singular words ending in s alone', () => {
    for (const word of ['build', 'status', 'access', 'analysis', 'bus', 'gas'])
      expect(isPlural(word)).toBe(false);
  });
});

describe('grammaticalNumbers', () => {
  it('gives each stem its number and leaves out stop words', () => {
    expect(grammaticalNumbers(['the', 'nightly', 'build'])).toEqual(
      new Map([
        ['nightli', false],
        ['build', false],
      ]),
    );
    expect(grammaticalNumbers(['builds', 'of', 'the', 'week'])).toEqual(
      new Map([
        ['build', true],
        ['week', false],
      ]),
    );
  });

  it('gives no number to a word that qualifies a plural ("file names"), which is singular whatever the count', () => {
    expect(grammaticalNumbers(['file', 'names'])).toEqual(new Map([['name', true]]));
    expect(grammaticalNumbers(['the', 'file'])).toEqual(new Map([['file', false]]));
  });

  it('leaves out past participles, which have no number', () => {
    expect([...grammaticalNumbers(['invoices', 'emailed', 'archived', 'feed'])]).toEqual([
      ['invoic', true],
      ['feed', false],
    ]);
  });

  it('leaves out a stem written both ways', () => {
    expect(grammaticalNumbers(['build', 'of', 'builds', 'queue']).has('build')).toBe(false);
  });
});

describe('nameNumbers', () => {
  it('reads the words after the name verb', () => {
    expect(nameNumbers('Show the builds of a pipeline')).toEqual(
      new Map([
        ['build', true],
        ['pipelin', false],
      ]),
    );
    expect(nameNumbers('Show the pipeline builds')).toEqual(new Map([['build', true]]));
  });

  it('keeps a noun that repeats the verb ("List task lists")', () => {
    expect(nameNumbers('List task lists').get('list')).toBe(true);
  });
});

describe('AnalyzedQuery.numbers', () => {
  it('holds the intent words, not values or quoted text', () => {
    const { numbers } = analyzeQuery('were the builds of acme/web named "nightly runs" green');
    expect([...numbers]).toEqual([
      ['build', true],
      ['green', false],
    ]);
  });
});
