import { describe, expect, it } from 'vitest';
import { phrasingProblems } from '../toolkit/test-support/phrasing-problems.ts';
import { githubCodePhrasings } from './github-phrasings-code.ts';
import { githubWorkPhrasings } from './github-phrasings-work.ts';
import { github } from './github-toolkit.ts';

describe('GitHub phrasings', () => {
  it('give each tool 5 to 8 phrasings of 3 to 14 words in each table', () => {
    expect(phrasingProblems(githubWorkPhrasings, { min: 5, max: 8 })).toEqual([]);
    expect(phrasingProblems(githubCodePhrasings, { min: 5, max: 8 })).toEqual([]);
  });

  it('never give one phrasing to two tools, across both tables', () => {
    const problems = phrasingProblems(
      Object.fromEntries(
        [...Object.entries(githubWorkPhrasings), ...Object.entries(githubCodePhrasings)].map(
          ([slug, phrasings], index) => [`${slug}#${index}`, phrasings],
        ),
      ),
      { min: 0, max: Number.POSITIVE_INFINITY },
    );
    expect(problems).toEqual([]);
  });

  it('reach the toolkit: a tool in both tables carries both lists', () => {
    const stargazers = github.tools.find((tool) => tool.slug === 'GITHUB_ACTIVITY_LIST_STARGAZERS_FOR_REPO');
    expect(stargazers?.phrasings).toEqual([
      ...(githubWorkPhrasings.GITHUB_ACTIVITY_LIST_STARGAZERS_FOR_REPO ?? []),
      ...(githubCodePhrasings.GITHUB_ACTIVITY_LIST_STARGAZERS_FOR_REPO ?? []),
    ]);
    expect(stargazers?.phrasings?.length).toBeGreaterThan(8);
  });
});
