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

  it('spells out the shorthand of dates and meetings, and the usual misspelling of calendar', () => {
    expect(analyzeText('mtg thurs')).toEqual(analyzeText('meeting thursday'));
    expect(analyzeText('appt tmrw')).toEqual(analyzeText('appointment tomorrow'));
    expect(analyzeText('my calender')).toEqual(analyzeText('calendar'));
  });

  it('joins word families that the Porter stemmer keeps apart', () => {
    expect(stemWord('deploy')).toBe(stemWord('deployment'));
    expect(stemWord('assign')).toBe(stemWord('assignees'));
    expect(stemWord('subscribe')).toBe(stemWord('subscription'));
  });
});
