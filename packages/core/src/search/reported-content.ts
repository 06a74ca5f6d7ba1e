import { stemWord } from './analyze-text.ts';
import type { QueryWord } from './query-word.ts';

/**
 * Words that report what a message says ("add a note saying the fix is deployed", "reply that the
 * certificate was rotated"): the words after them are the message's content, values like a quoted
 * string, not what the request asks the tool to do.
 */
const CONTENT_OPENERS = new Set(['saying', 'says', 'said', 'stating']);

/** Verbs and nouns of telling: a "that" a few words after one opens what is told. */
const TELLING = new Set(
  `say tell telling told note reply replying respond responding comment commenting message post posting
  write mention announce confirm confirming explain explaining inform informing warn warning remind
  reminding ping email answer let`.split(/\s+/),
);

/** Most words between a word of telling and the "that" of what is told ("reply on OPS-31 that ..."). */
const TELLING_REACH = 6;

/**
 * Words that start a clause after "that" (a determiner or a subject pronoun): "that the build is
 * green", "that we ship". "that" before anything else is more often a relative pronoun ("a message
 * that mentions the outage") or a determiner ("close that ticket"), both part of the request.
 */
const CLAUSE_STARTS = new Set(
  'the a an this these those our my your their his her its we i you they he she it everything nothing everyone'.split(
    ' ',
  ),
);

/** Auxiliary and linking verbs: one soon after "that" makes what follows a clause of its own. */
export const AUXILIARIES = new Set(
  `is are was were will has have had can could should would did does wont isnt arent wasnt werent doesnt
  didnt hasnt havent cant`.split(/\s+/),
);

/** Where the content of a message starts in `words`, or -1: the index after its opener. */
function contentStart(words: readonly QueryWord[]): number {
  let telling: QueryWord | undefined;
  let tellingAt = -1;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word.weight === 1 && CONTENT_OPENERS.has(word.word)) return index + 1;
    if (word.weight === 1 && TELLING.has(word.word)) {
      telling = word;
      tellingAt = index;
      continue;
    }
    const near =
      telling !== undefined && telling.clause === word.clause && index - tellingAt <= TELLING_REACH;
    if (word.word === 'that' && near && opensClause(words, index)) return index + 1;
  }
  return -1;
}

function opensClause(words: readonly QueryWord[], that: number): boolean {
  const next = words[that + 1];
  if (next === undefined) return false;
  if (CLAUSE_STARTS.has(next.word)) return true;
  return words.slice(that + 2, that + 4).some((word) => AUXILIARIES.has(word.word));
}

/**
 * Lowers to `weight` the words of a message's content in a request ("... saying the fix is deployed",
 * "reply on OPS-31 that the certificate was rotated"), up to the end of their clause: they are what
 * the message says, not the operation. Words already weighed lower keep their weight.
 *
 * @example
 * markReportedContent(words('reply that the build is green'), 0.25); // "the build is green" at 0.25
 */
export function markReportedContent(words: QueryWord[], weight: number): void {
  const start = contentStart(words);
  if (start < 0 || start >= words.length) return;
  const clause = words[start - 1]!.clause;
  for (let index = start; index < words.length && words[index]!.clause === clause; index++) {
    const word = words[index]!;
    if (word.weight > weight) word.weight = weight;
  }
}

/**
 * Verbs and nouns of writing something down or sending it (stems): one in the clause before a colon
 * makes what follows the colon the text to write ("tack three bullets onto the page: budget approved,
 * hiring", "answer her under her post: yes, they're in Figma").
 */
const WRITING = new Set(
  [
    ...TELLING,
    ...`add append tack jot post send drop leave put log draft paste include text dm write type share bullet
    bullets line lines`.split(/\s+/),
  ].map(stemWord),
);

/**
 * Lowers to `weight` every word after a colon that follows a clause of writing or sending (`WRITING`):
 * the text to write, values like a quoted string, to the end of the request. `colonClauses` are the
 * clauses that open right after a colon and a space. "google calendar: when are we free" (no verb of
 * writing before the colon) keeps its words.
 *
 * @example
 * markColonContent(words('post in ops: the build is green'), new Set([1]), 0.25); // "the build is green" at 0.25
 */
export function markColonContent(
  words: QueryWord[],
  colonClauses: ReadonlySet<number>,
  weight: number,
): void {
  const start = words.findIndex(
    (word, index) =>
      colonClauses.has(word.clause) &&
      index > 0 &&
      words[index - 1]!.clause === word.clause - 1 &&
      words.some(
        (earlier) => earlier.clause === word.clause - 1 && earlier.weight === 1 && WRITING.has(earlier.stem),
      ),
  );
  if (start < 0) return;
  for (const word of words.slice(start)) if (word.weight > weight) word.weight = weight;
}
