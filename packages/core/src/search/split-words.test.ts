import { loadBuiltinToolkits } from '@toolrouter/toolkits';
import { describe, expect, it } from 'vitest';
import { splitWords, splitWordsByPattern } from './split-words.ts';

/** Every text of a tool that search splits: slug, name, description, parameter names, notes and enums. */
function textsOf(value: unknown, texts: string[] = []): string[] {
  if (typeof value === 'string') texts.push(value);
  else if (Array.isArray(value)) for (const item of value) textsOf(item, texts);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      texts.push(key);
      textsOf(item, texts);
    }
  }
  return texts;
}

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
    expect(splitWords('getHTTPResponse x2Y foo_barBaz')).toEqual([
      'get',
      'httpresponse',
      'x2',
      'y',
      'foo',
      'barbaz',
    ]);
  });

  it('keeps capitalised names whole, drops numbers, apostrophes, links and code blocks', () => {
    expect(splitWords("GitHub's issue #88 it’s")).toEqual(['githubs', 'issue', 'its']);
    expect(splitWords('see [the docs](https://docs.github.com/rest/issues) now')).toEqual([
      'see',
      'the',
      'docs',
      'now',
    ]);
    expect(splitWords('run ```npm i\n\nfoo``` or http://x.io/a_b then')).toEqual(['run', 'or', 'then']);
  });

  it('lower-cases letters outside ASCII as the patterns do (İ, the Kelvin sign)', () => {
    expect(splitWords('İssue 5K café_fooBar')).toEqual(splitWordsByPattern('İssue 5K café_fooBar'));
    expect(splitWords('İssue')).toEqual(['i', 'ssue']);
    expect(splitWords('\u212Aelvin')).toEqual(['kelvin']);
  });

  it('gives the words of the pattern definition for every built-in tool text', async () => {
    const texts = textsOf(await loadBuiltinToolkits());
    expect(texts.length).toBeGreaterThan(50_000);
    const differing = texts.filter(
      (text) => splitWords(text).join(' ') !== splitWordsByPattern(text).join(' '),
    );
    expect(differing).toEqual([]);
  });

  it('gives the words of the pattern definition for random text', () => {
    // A seeded generator over the characters the patterns treat specially.
    const alphabet = [
      'a',
      'b',
      'Z',
      'Q',
      '0',
      '7',
      '_',
      '-',
      ' ',
      '\n',
      "'",
      '’',
      '`',
      '```',
      '](',
      ')',
      '[',
      'http://',
      'https://x.',
      '.',
      'é',
      'É',
      'İ',
      '\u212A',
      'ß',
      'Σ',
      '😀',
      '\uD800',
      '/',
      'aB',
      'Ab1C',
    ];
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (let round = 0; round < 20_000; round++) {
      let text = '';
      const length = next() % 24;
      for (let index = 0; index < length; index++) text += alphabet[next() % alphabet.length];
      expect(splitWords(text), JSON.stringify(text)).toEqual(splitWordsByPattern(text));
    }
  });
});
