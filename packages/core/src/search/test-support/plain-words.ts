import { stemWord } from '../analyze-text.ts';
import type { QueryWord } from '../query-word.ts';

/**
 * The words of a plain test sentence split at spaces, all at weight 1, one clause per comma.
 *
 * @example
 * plainWords('ping Ana, then rest'); // ping, ana (clause 0); then, rest (clause 1)
 */
export function plainWords(sentence: string): QueryWord[] {
  return sentence.split(',').flatMap((part, clause) =>
    part
      .trim()
      .split(/\s+/)
      .map((word) => ({ word, stem: stemWord(word), weight: 1, clause })),
  );
}

/**
 * The words of `sentence` left at full weight after `mark` lowers some of them.
 *
 * @example
 * wordsLeftAfter(markCircumstance, 'book it because it rains'); // ['book', 'it']
 */
export function wordsLeftAfter(
  mark: (words: QueryWord[], weight: number) => void,
  sentence: string,
): string[] {
  const words = plainWords(sentence);
  mark(words, 0.25);
  return words.filter((word) => word.weight === 1).map((word) => word.word);
}
