import { stemWord } from '../analyze-text.ts';

/** One word of a plain test sentence, in the shape the query-structure rules read. */
export interface PlainWord {
  word: string;
  stem: string;
  weight: number;
  clause: number;
}

/**
 * The words of a plain test sentence split at spaces, all at weight 1, one clause per comma.
 *
 * @example
 * plainWords('ping Ana, then rest'); // ping, ana (clause 0); then, rest (clause 1)
 */
export function plainWords(sentence: string): PlainWord[] {
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
  mark: (words: PlainWord[], weight: number) => void,
  sentence: string,
): string[] {
  const words = plainWords(sentence);
  mark(words, 0.25);
  return words.filter((word) => word.weight === 1).map((word) => word.word);
}
