import { isStopWord } from './analyze-text.ts';
import type { QueryWord } from './query-word.ts';

/** Prepositions of place and scope: "across all channels", "throughout the workspace". */
const PLACE_PREPOSITIONS = new Set(['across', 'throughout', 'within', 'among', 'inside']);

/** Words between such a preposition and its noun: "across all channels", "within every team". */
const QUANTIFIERS = new Set(['all', 'every', 'each', 'any', 'both']);

/** Prepositions that open a scope when a quantifier follows: "in any channel", "on all our repos". */
const PLAIN_PREPOSITIONS = new Set(['in', 'on', 'over', 'from']);

/** Words of a partitive after a quantifier: "any of our", "all of the". */
const PARTITIVE_WORDS = new Set(['of', 'our', 'the', 'my', 'your', 'their', 'these', 'those']);

/** Weight of the words of a scope ("across all channels"): where to look, not what to do. */
export const SCOPE_WEIGHT = 0.5;

/** Whether `word` is a preposition of place or scope ("across", "throughout", "within"). */
export function isPlacePreposition(word: string): boolean {
  return PLACE_PREPOSITIONS.has(word);
}

/**
 * Lowers to `weight` the words of a scope: after a preposition of place, or a plain one before a
 * quantifier ("in any of our channels"), up to the next stop word or the end of the clause ("search
 * slack across all channels for GDPR": the channels are where to look, the request is no listing of
 * channels). Quantifiers in between ("all") keep their weight.
 *
 * @example
 * markScope(words('search across all channels for gdpr'), 0.5); // "channels" at 0.5
 */
export function markScope(words: QueryWord[], weight: number): void {
  words.forEach((word, index) => {
    const quantified = PLAIN_PREPOSITIONS.has(word.word) && QUANTIFIERS.has(words[index + 1]?.word ?? '');
    if (!isPlacePreposition(word.word) && !quantified) return;
    let afterQuantifier = false;
    for (let next = index + 1; next < words.length && words[next]!.clause === word.clause; next++) {
      const scoped = words[next]!;
      if (QUANTIFIERS.has(scoped.word)) {
        afterQuantifier = true;
        continue;
      }
      // "in any of our channels": the quantifier's "of" and determiner.
      if (afterQuantifier && PARTITIVE_WORDS.has(scoped.word)) continue;
      afterQuantifier = false;
      if (isStopWord(scoped.word)) break;
      if (scoped.weight > weight) scoped.weight = weight;
    }
  });
}
