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
