import { describe, expect, it } from 'vitest';
import { analyzeText, stemWord } from './analyze-text.ts';

describe('analyzeText', () => {
  it('drops stop words and stems', () => {
    expect(analyzeText('Lists the labels of a repository')).toEqual(['list', 'label', 'repositori']);
    expect(analyzeText('labelled')).toEqual(analyzeText('labels'));
  });

  it('rewrites abbreviations on both sides', () => {
    expect(analyzeText('my PR')).toEqual(analyzeText('pull request'));
    expect(analyzeText('repo')).toEqual(analyzeText('repository'));
    expect(analyzeText('orgs')).toEqual(analyzeText('organizations'));
    expect(analyzeText('the leads db')).toEqual(analyzeText('leads database'));
  });

  it('joins word families that the Porter stemmer keeps apart', () => {
    expect(stemWord('deploy')).toBe(stemWord('deployment'));
    expect(stemWord('assign')).toBe(stemWord('assignees'));
    expect(stemWord('subscribe')).toBe(stemWord('subscription'));
  });
});
