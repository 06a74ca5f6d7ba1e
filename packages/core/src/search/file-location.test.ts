import { describe, expect, it } from 'vitest';
import { IDENTIFIER_WEIGHT } from './analyze-query.ts';
import { markDestinationFolder, markFileLocation } from './file-location.ts';
import { wordsLeftAfter } from './test-support/plain-words.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

const intentWords = (sentence: string) =>
  wordsLeftAfter((words, weight) => markFileLocation(words, sentence, weight), sentence);

describe('markFileLocation', () => {
  it('lowers the branch, tag or commit a named file is read from', () => {
    expect(intentWords('print notes.md from the drafts branch')).toEqual(['print', 'notes.md']);
    expect(intentWords('open chart.png at tag nightly please')).toEqual([
      'open',
      'chart.png',
      'nightly',
      'please',
    ]);
    expect(intentWords('diff setup.py on the long lived release commit')).toEqual([
      'diff',
      'setup.py',
      'on',
      'the',
      'long',
      'lived',
      'release',
      'commit',
    ]);
  });

  it('knows the well-known file names that have no extension', () => {
    expect(intentWords('print the Makefile from the drafts branch')).toEqual(['print', 'the', 'Makefile']);
    expect(intentWords('print the license from the drafts branch')).toHaveLength(7);
  });

  it('leaves a branch alone when no file is named, or in another clause', () => {
    expect(intentWords('rename the drafts branch')).toHaveLength(4);
    expect(intentWords('print notes.md, on the drafts branch')).toEqual(['print', 'notes.md']);
    expect(intentWords('print notes.md on, the drafts branch')).toHaveLength(6);
  });
});

describe('file locations in queries', () => {
  it('weigh the branch like a value and the file request in full', () => {
    expect(queryTermWeight('print notes.md from the drafts branch', 'branch')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('print notes.md from the drafts branch', 'print')).toBe(1);
    expect(queryTermWeight('rename the drafts branch', 'branch')).toBe(1);
  });
});

describe('markDestinationFolder', () => {
  const leftAfter = (sentence: string) => wordsLeftAfter(markDestinationFolder, sentence);

  it('lowers the folder a request puts something in', () => {
    expect(leftAfter('put the lease scan in the Tenancy folder')).toEqual(['put', 'the', 'lease', 'scan']);
    expect(leftAfter('save it into the shared folder please')).toEqual(['save', 'it', 'please']);
  });

  it('keeps a folder that is what the request reads or makes', () => {
    expect(leftAfter("what's in the Tenancy folder")).toHaveLength(5);
    expect(leftAfter('create a folder in the Tenancy folder')).toHaveLength(7);
  });
});
