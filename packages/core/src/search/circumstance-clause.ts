import { NEEDING_VERBS } from './operation-kind.ts';
import type { QueryWord } from './query-word.ts';

/** Words that open a clause of reason on their own: "because the build is red". */
const REASON_OPENERS = new Set(['because', 'cause', 'cuz']);

/** Two-word openers of a reason or purpose clause: "now that it's merged", "so that they can see". */
const REASON_PAIRS = new Set(['now that', 'given that', 'seeing as', 'seeing that', 'so that', 'in case']);

/**
 * Openers of a clause that says what the result is for ("need it for a bot config", "it's for a
 * script", "this is for the board deck"): the use the person has in mind, not the tool to run.
 */
const PURPOSE_OPENERS = [
  ...['need', 'needed', 'want', 'using'].flatMap((verb) =>
    ['it', 'this', 'that', 'them', 'these', 'those'].map((object) => [verb, object, 'for']),
  ),
  ['its', 'for'],
  ['thats', 'for'],
  ['this', 'is', 'for'],
  ['it', 'is', 'for'],
];

/**
 * Words that open a clause of time before a subject ("before we bump the dependency", "once it's
 * merged", "after I upload it"): when something happens, not what to do.
 */
const TIME_OPENERS = new Set(['before', 'after', 'once', 'when', 'while', 'until', 'till']);

/** Subjects that make "since" a clause of reason or time ("since it's merged") rather than a filter. */
const SUBJECT_PRONOUNS = new Set([
  'it',
  'its',
  'we',
  'i',
  'they',
  'he',
  'she',
  'you',
  'theyre',
  'were',
  'youre',
]);

/** Modal and auxiliary verbs: "so the team can use it", "so they know". */
const PURPOSE_VERBS = new Set(
  `can could will would may might should know knows see sees get gets has have is are isnt arent dont doesnt
  wont cant`.split(/\s+/),
);

/** Most words between "so" and its clause's verb ("so the whole team can"). */
const SUBJECT_REACH = 3;

/** The requester as the subject of a clause: "a table I can paste into notion". */
const REQUESTERS = new Set(['i', 'we']);

/** Modal verbs of what the requester means to do with the result: "that we can drop in #events". */
const INTENDED_USE_MODALS = new Set(['can', 'could']);

/** Where a clause of reason or purpose starts at `index`, or false. */
function opensCircumstance(words: readonly QueryWord[], index: number): boolean {
  const word = words[index]!.word;
  const next = words[index + 1];
  if (REASON_OPENERS.has(word)) return true;
  if (next === undefined || next.clause !== words[index]!.clause) return false;
  // "a table I can paste into notion", "a link that we can drop in #events": after the thing asked
  // for, what the requester can do with it.
  if (
    REQUESTERS.has(word) &&
    INTENDED_USE_MODALS.has(next.word) &&
    index > 0 &&
    words[index - 1]!.clause === words[index]!.clause
  )
    return true;
  if (REASON_PAIRS.has(`${word} ${next.word}`)) return true;
  if (PURPOSE_OPENERS.some((opener) => opensWith(words, index, opener))) return true;
  if (word === 'since' || TIME_OPENERS.has(word)) return SUBJECT_PRONOUNS.has(next.word);
  if (word !== 'so' || index === 0) return false;
  return words
    .slice(index + 2, index + 2 + SUBJECT_REACH)
    .some((later) => later.clause === next.clause && PURPOSE_VERBS.has(later.word));
}

/** Whether the words from `index` on, within one clause, are `opener`. */
function opensWith(words: readonly QueryWord[], index: number, opener: readonly string[]): boolean {
  const clause = words[index]!.clause;
  return opener.every((part, offset) => {
    const word = words[index + offset];
    return word !== undefined && word.clause === clause && word.word === part;
  });
}

/** Words that open a noun phrase: after "to", they make it a preposition. */
const DETERMINERS = new Set(
  'the a an my our your their his her its this that these those every each all some any'.split(' '),
);

/**
 * Where "to" opens the purpose of a thing the clause needs ("need names + emails to cross-check against
 * the slack list"): after "need" or "want" and at least one word of the thing, in the same clause.
 */
function opensNeededPurpose(words: readonly QueryWord[], index: number): boolean {
  // "a link to the message": "to" before a determiner is a preposition, no purpose.
  const next = words[index + 1];
  if (words[index]!.word !== 'to' || next === undefined || DETERMINERS.has(next.word)) return false;
  const clause = words[index]!.clause;
  for (let back = index - 1; back >= 0 && words[back]!.clause === clause; back--) {
    if (NEEDING_VERBS.has(words[back]!.word)) return back < index - 1 && words[back + 1]!.word !== 'to';
  }
  return false;
}

/**
 * Lowers to `weight` the words of clauses that give a reason or a purpose ("clean up the branch now
 * that it's merged", "store the password so the workflows can use it", "because the build is red"),
 * up to the end of their clause: they say why, and their words ("merged", "workflows") are not the
 * operation asked for. Words already weighed lower keep their weight.
 *
 * @example
 * markCircumstance(words('archive the repo now that it is retired'), 0.25); // "now that it is retired" at 0.25
 */
export function markCircumstance(words: QueryWord[], weight: number): void {
  for (let index = 0; index < words.length; index++) {
    if (!opensCircumstance(words, index) && !opensNeededPurpose(words, index)) continue;
    const clause = words[index]!.clause;
    let end = index;
    for (; end < words.length && words[end]!.clause === clause && words[end]!.word !== 'then'; end++) {
      const word = words[end]!;
      if (word.weight > weight) word.weight = weight;
    }
    index = end;
  }
}

/** Words that put a clause in the future: "it'll end up in notion", "gonna share it later". */
const FUTURE_MARKERS = new Set(['itll', 'ill', 'theyll', 'youll', 'gonna', 'will']);

/**
 * Lowers to `weight` every word of a clause that does not ask (`asking` holds the clauses that do) and
 * tells what will happen later ("it'll end up on a Notion page later", "gonna share it later", "it's
 * going into a sheet afterwards"): what the requester will do with the result, not the request. Only
 * when another clause holds the request; words already weighed lower keep their weight.
 *
 * @example
 * markFutureClauses(words('export the doc, gonna paste it into notion'), new Set([0]), 0.25); // clause 1 at 0.25
 */
export function markFutureClauses(words: QueryWord[], asking: ReadonlySet<number>, weight: number): void {
  const future = new Set<number>();
  words.forEach((word, index) => {
    if (asking.has(word.clause) || word.weight !== 1) return;
    const going = word.word === 'going' && ['to', 'into'].includes(words[index + 1]?.word ?? '');
    if (FUTURE_MARKERS.has(word.word) || going) future.add(word.clause);
  });
  // The request is in some other clause: one that asks, or at least one that tells no future.
  if (!words.some((word) => word.weight === 1 && !future.has(word.clause))) return;
  for (const word of words) if (future.has(word.clause) && word.weight > weight) word.weight = weight;
}
