import { isOperationVerb, isQuestionWord } from './operation-kind.ts';
import type { QueryWord } from './query-word.ts';

/**
 * Words that may open a clause before its verb without making it a statement: "so move ...",
 * "then post ...", "can you add ...".
 */
const REQUEST_OPENERS = new Set(
  'so and but then also please just now pls kindly can could would you go ahead'.split(' '),
);

/**
 * The clauses (by `QueryWord.clause`) that ask for something: their first word, after openers such
 * as "so" or "please", is a verb of operations ("move ENG-58 to In Review", "so post it in #ops") or
 * a question word ("what does the doc say"). A clause with a subject of its own ("the github PR is
 * up", "I'll link the PR later") tells the circumstances instead.
 *
 * @example
 * requestClauses(words('the github PR is up, so move ENG-58 in linear')); // Set { 1 }
 */
export function requestClauses(words: readonly QueryWord[]): Set<number> {
  const clauses = new Set<number>();
  let clause = -1;
  let opened = false;
  for (const word of words) {
    if (word.clause !== clause) {
      clause = word.clause;
      opened = true;
    }
    if (!opened) continue;
    if (REQUEST_OPENERS.has(word.word)) continue;
    opened = false;
    if (word.weight === 1 && (isQuestionWord(word.word) || isOperationVerb(word.stem))) clauses.add(clause);
  }
  return clauses;
}

/** Verbs that name the app to act with before the operation: "use exa to find ...". */
const INSTRUMENT_VERBS = new Set(['use', 'using']);

/** How many words may name the means between "use" and "to": "use the exa search to ...". */
const INSTRUMENT_SPAN = 3;

/**
 * The positions of the words that name the means a request opens with ("exa" in "use exa to dig up
 * hacker news threads"), or none: an app named there is the one to act with, whatever else is named.
 *
 * @example
 * instrumentWords(words('use exa to find hacker news threads')); // [1]
 */
export function instrumentWords(words: readonly QueryWord[]): number[] {
  let start = 0;
  while (start < words.length && REQUEST_OPENERS.has(words[start]!.word)) start++;
  if (!INSTRUMENT_VERBS.has(words[start]?.word ?? '')) return [];
  for (let position = start + 2; position <= start + 1 + INSTRUMENT_SPAN; position++) {
    const word = words[position];
    if (word === undefined || word.clause !== words[start]!.clause) return [];
    if (word.word === 'to')
      return Array.from({ length: position - start - 1 }, (_, index) => start + 1 + index);
  }
  return [];
}
