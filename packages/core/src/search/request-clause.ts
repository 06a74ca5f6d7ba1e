import { isPastParticiple, isPlural } from './grammatical-number.ts';
import { isOperationVerb, isQuestionWord, NEEDING_VERBS } from './operation-kind.ts';
import type { QueryWord } from './query-word.ts';
import { AUXILIARIES } from './reported-content.ts';

/**
 * Words that may open a clause before its verb without making it a statement: "so move ...",
 * "then post ...", "can you add ...".
 */
const REQUEST_OPENERS = new Set(
  'so and but then also please just now pls kindly can could would you go ahead'.split(' '),
);

/**
 * The clauses (by `QueryWord.clause`) that ask for something: their first word, after openers such
 * as "so" or "please", is a verb of operations in its base form ("move ENG-58 to In Review", "so post
 * it in #ops"; not "checks are green"), a question word ("what does the doc say") or "new" ("new issue
 * for acme/web: ..."), or the clause says what the person needs ("I need her user id", "I'd like to
 * know"). A clause with a subject of its own ("the github PR is up", "I'll link the PR later") tells
 * the circumstances instead.
 *
 * @example
 * requestClauses(words('the github PR is up, so move ENG-58 in linear')); // Set { 1 }
 */
export function requestClauses(words: readonly QueryWord[]): Set<number> {
  const clauses = new Set<number>();
  let clause = -1;
  let opened = false;
  for (const [index, word] of words.entries()) {
    if (word.clause !== clause) {
      clause = word.clause;
      opened = true;
    }
    if (!opened) continue;
    if (REQUEST_OPENERS.has(word.word)) continue;
    opened = false;
    if (word.weight !== 1) continue;
    // A request's verb is in its base form: "checks are green" states something.
    const verb = isOperationVerb(word.stem) && !isPlural(word.word);
    // "new issue for acme/web: ...": a clause that opens with "new" asks to make one.
    const makesOne = word.word === 'new';
    if (isQuestionWord(word.word) || verb || makesOne || statesANeed(words, index)) clauses.add(clause);
  }
  return clauses;
}

/** Who may say what they need: "I need", "we want", "I'd like", "we would like". */
const NEEDING_SUBJECTS = new Set(['i', 'we', 'id', 'wed', 'would']);
/** "I'd", "we'd", "would": what makes "like" a wish. */
const CONDITIONAL_SUBJECTS = new Set(['id', 'wed', 'would']);

/**
 * Whether the clause opening at `index` says what the person needs: "I need the ...", "need a ...",
 * "I'd like to know ...", "we would like ...".
 */
function statesANeed(words: readonly QueryWord[], index: number): boolean {
  let position = index;
  let conditional = false;
  while (position < index + 2 && NEEDING_SUBJECTS.has(words[position]?.word ?? '')) {
    conditional ||= CONDITIONAL_SUBJECTS.has(words[position]!.word);
    position++;
  }
  const verb = words[position];
  if (verb === undefined || verb.clause !== words[index]!.clause || verb.weight !== 1) return false;
  // "I'd like the keys" asks; "I like the keys" does not.
  return NEEDING_VERBS.has(verb.word) || (verb.word === 'like' && conditional);
}

/**
 * Verbs that make a clause a statement of its own: "the PR is up", "exa gave me nothing", "Ana says",
 * "I'll link the PR later".
 */
const FINITE_VERBS = new Set([
  ...AUXILIARIES,
  ...`says said gave got sent told went came wrote broke made keeps kept seems looks its thats theres ill gonna
  going shall might must`.split(/\s+/),
]);

/**
 * The clauses that tell the circumstances in a statement of their own: not a request
 * (`requestClauses`), and with a verb in a tense ("the github PR shipped the fix", "Ana asked on slack",
 * "the doc says"). A bare frame ("on slack", "with exa", "Stripe:") is no statement: it says where
 * the request is to be done.
 *
 * @example
 * statementClauses(words('the build failed on ci, rerun it'), new Set([1])); // Set { 0 }
 */
export function statementClauses(words: readonly QueryWord[], asking: ReadonlySet<number>): Set<number> {
  const clauses = new Set<number>();
  for (const word of words) {
    if (asking.has(word.clause) || word.weight !== 1) continue;
    if (FINITE_VERBS.has(word.word) || isPastParticiple(word.word)) clauses.add(word.clause);
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
