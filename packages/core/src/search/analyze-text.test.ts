import { describe, expect, it } from 'vitest';
import { analyzeText, splitWords, stemWord } from './analyze-text.ts';

describe('splitWords', () => {
  it('splits snake, kebab, camel case and slashes', () => {
    expect(splitWords('issues/list-for-repo')).toEqual(['issues', 'list', 'for', 'repo']);
    expect(splitWords('GITHUB_ISSUES_LIST_FOR_REPO')).toEqual(['github', 'issues', 'list', 'for', 'repo']);
    expect(splitWords('listForRepo and pull_number')).toEqual([
      'list',
      'for',
      'repo',
      'and',
      'pull',
      'number',
    ]);
  });

  it('keeps capitalised names whole, drops numbers, apostrophes and link targets', () => {
    expect(splitWords("GitHub's issue #88")).toEqual(['githubs', 'issue']);
    expect(splitWords('see [the docs](https://docs.github.com/rest/issues) now')).toEqual([
      'see',
      'the',
      'docs',
      'now',
    ]);
  });
});

describe('analyzeText', () => {
  it('drops stop words and stems', () => {
    expect(analyzeText('Lists the labels of a repository')).toEqual(['list', 'label', 'repositori']);
    expect(analyzeText('labelled')).toEqual(analyzeText('labels'));
  });

  it('rewrites abbreviations on both sides', () => {
    expect(analyzeText('my PR')).toEqual(analyzeText('pull request'));
    expect(analyzeText('repo')).toEqual(analyzeText('repository'));
    expect(analyzeText('orgs')).toEqual(analyzeText('organizations'));
  });

  it('joins word families that the Porter stemmer keeps apart', () => {
    expect(stemWord('deploy')).toBe(stemWord('deployment'));
    expect(stemWord('assign')).toBe(stemWord('assignees'));
    expect(stemWord('subscribe')).toBe(stemWord('subscription'));
  });
});
