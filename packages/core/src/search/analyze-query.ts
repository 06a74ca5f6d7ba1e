import { analyzeText, isStopWord, normalizeWords, splitWords, stemWord } from './analyze-text.ts';
import { markCircumstance, markFutureClauses } from './circumstance-clause.ts';
import {
  CONCEPTS,
  type Concept,
  DEFAULT_CONCEPT_WEIGHT,
  PHRASE_CONCEPT_WEIGHT,
  PHRASE_LITERAL_WEIGHT,
} from './concept-table.ts';
import { englishSynonyms } from './english-synonyms.ts';
import { FILE_NAME, markDestinationFolder, markFileLocation } from './file-location.ts';
import { grammaticalNumbers, isPlural } from './grammatical-number.ts';
import { EMAIL_ADDRESS, identifierShapes } from './identifier-shape.ts';
import { type LetSomeonePhrase, letSomeonePhrase } from './let-someone.ts';
import { cameByMail, MAILBOX_WORDS, markMailSender } from './mail-sender.ts';
import { isOperationVerb, isQuestionWord, type OperationKind, queryOperationKind } from './operation-kind.ts';
import { isPlacePreposition, markScope, SCOPE_WEIGHT } from './place-scope.ts';
import type { QueryWord } from './query-word.ts';
import { markColonContent, markReportedContent } from './reported-content.ts';
import { instrumentWords, requestClauses, statementClauses } from './request-clause.ts';
import { isSeparablePhrase, matchesSeparatedAt } from './separable-phrase.ts';
import { markSettledState } from './settled-state.ts';
import { isStoredCredential } from './stored-credential.ts';
import { hasTimeSlot, isTimeShift, TIME_SHIFT_WORDS, TIME_SLOT_WORDS } from './time-shift.ts';
import { markTopic } from './topic-words.ts';

/** A query term and how much it counts: 1 for the query's own words, less for words a concept added. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** A query ready for the index: weighted terms and the kind of operation it asks for. */
export interface AnalyzedQuery {
  terms: WeightedTerm[];
  kind: OperationKind | undefined;
  /** Neighbouring intent words of the query, as `pairKey`s: "branch protection", "workflow run". */
  pairs: string[];
  /** Intent words and neighbouring pairs of them run together, to spot toolkit names ("google calendar"). */
  names: string[];
  /**
   * Names whose every mention comes right before a noun of ownership ("the vercel org", "acme's
   * team"), with the stems of those nouns: maybe the name of an owner rather than the app to use.
   */
  ownerNames: Map<string, string[]>;
  /**
   * Names mentioned only outside the clauses that ask for something (`requestClauses`), when the query
   * has such a clause: "github" in "the github PR is up, so move ENG-58 in linear" tells the
   * circumstances; the app to act in is named where the request is. When the request opens with its
   * means ("use exa to dig up hacker news threads", `instrumentWords`), every name but the means'.
   */
  contextNames: Set<string>;
  /**
   * Runs of neighbouring content words after the request's leading verb or question word, in order
   * ("add a task to the project" → [task], [project]): the last word of the first run that is not a
   * toolkit's name is the thing the request acts on (`requestObject`).
   */
  objectRuns: string[][];
  /**
   * The intent words' stems with the number each is written in (true: plural, `grammaticalNumbers`):
   * "the latest runs" asks for a list of runs, "the run" for one.
   */
  numbers: Map<string, boolean>;
  /**
   * Stems the request's own words use more than once ("calendars" and "calendar" in "the calendars on
   * my google calendar"): a toolkit's name takes one use, and the word still counts for the others.
   */
  repeatedStems: Set<string>;
}

/** How many runs of content words `objectRuns` keeps. */
const OBJECT_RUNS = 3;

/** Words of quantity that lead a question without being its object ("how many credits"). */
const QUANTITY_WORDS = new Set(['many', 'much']);

/** A leading phrase that says where, not what: "in planner, add ...", "with exa: find ...". */
const LEADING_SETTING = /^\s*(?:in|on|with|using|via|from|at|for)\b[^,:;]{1,40}[,:;]/i;

/**
 * Runs of content words after the leading verb (and after a leading setting such as "in gmail,"):
 * a run ends at a function word or a value.
 */
function objectRuns(query: string, words: readonly QueryWord[]): string[][] {
  const setting = LEADING_SETTING.exec(query)?.[0];
  const start = setting === undefined ? 0 : normalizeWords(splitWords(setting)).length;
  let position = start;
  while (
    position < words.length &&
    (isStopWord(words[position]!.word) || QUANTITY_WORDS.has(words[position]!.word))
  )
    position++;
  // "add a task": the verb goes; "which labels ...": a question has no verb to drop.
  const question = words[start] !== undefined && isQuestionWord(words[start].word);
  if (!question && position < words.length && isOperationVerb(words[position]!.stem)) position++;
  const runs: string[][] = [];
  let current: string[] = [];
  for (; position < words.length && runs.length < OBJECT_RUNS; position++) {
    const word = words[position]!;
    // A preposition of place ends a run; the scope after it weighs less (`markScope`).
    if (word.weight === 1 && !isStopWord(word.word) && !isPlacePreposition(word.word)) {
      current.push(word.stem);
      continue;
    }
    if (current.length > 0) runs.push(current);
    current = [];
  }
  if (current.length > 0 && runs.length < OBJECT_RUNS) runs.push(current);
  const made = madeAs(words);
  return made === undefined ? runs : [made, ...runs].slice(0, OBJECT_RUNS);
}

/** What follows "as a" or "as a new" in the thing a request makes: "write it up as a new notion page". */
const MADE_AS = new Set(['a', 'an', 'new']);

/**
 * The run of content words after the first "as a", "as an" or "as a new" ("as a new notion page" →
 * [notion, page]): the thing the request makes or saves, whatever it was made from.
 */
function madeAs(words: readonly QueryWord[]): string[] | undefined {
  for (let index = 0; index < words.length; index++) {
    if (words[index]!.word !== 'as' || !MADE_AS.has(words[index + 1]?.word ?? '')) continue;
    let position = index + 1;
    while (MADE_AS.has(words[position]?.word ?? '')) position++;
    const run: string[] = [];
    for (; position < words.length; position++) {
      const word = words[position]!;
      if (word.weight !== 1 || isStopWord(word.word) || isPlacePreposition(word.word)) break;
      run.push(word.stem);
    }
    if (run.length > 0) return run;
  }
  return undefined;
}

/**
 * Nouns for what a name can own or be ("repos of the vercel org", "the stripe team"): a toolkit name
 * right before one of them names an owner, unless the toolkit itself deals in such things.
 */
const OWNER_NOUNS = ['organization', 'team', 'repository', 'company', 'group'];
let ownerNounStems: Set<string> | undefined;

/** The stems of `OWNER_NOUNS`. */
export function ownerNouns(): ReadonlySet<string> {
  ownerNounStems ??= new Set(OWNER_NOUNS.map(stemWord));
  return ownerNounStems;
}

/**
 * The owner noun of a name that owns a secret being stored ("store our Docker Hub password"): no
 * toolkit deals in it (`ToolkitIntent.hasOwnerNoun`), so the name always counts as an owner.
 */
export const CREDENTIAL_OWNER = 'credential owner';

/** How a toolkit slug is compared with query words: lower case, letters and digits only. */
export function toolkitKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The key of two neighbouring terms, in either order. */
export function pairKey(left: string, right: string): string {
  return left < right ? `${left} ${right}` : `${right} ${left}`;
}

/** Weight of words that name things rather than say what to do: quoted values, paths, `owner/repo`. */
export const IDENTIFIER_WEIGHT = 0.25;

/** Weight of `list` added when the query asks about things in the plural ("what branches ..."). */
export const PLURAL_LIST_WEIGHT = 0.3;

/**
 * Weight of general English synonyms of the query's intent words (WordNet): low, since a synonym may
 * be of another sense, but it lets "seize" find "grab" where no concept of the table speaks.
 */
export const SYNONYM_WEIGHT = 0.2;

/** Weight of `get` added when the query names one thing by its id and speaks of nothing in the plural. */
export const SINGLE_ITEM_GET_WEIGHT = 0.3;

/** Weight of the words an identifier's shape implies (`#ops` → channel, `ENG-142` → issue). */
export const IDENTIFIER_HINT_WEIGHT = 0.3;

/**
 * Weight of the shape of each identifier the query carries (`identifierShapes`: `ENG-142` is an issue
 * key, `U04ABCD123` an upper-case id): it finds the tools whose descriptions show an id of that shape.
 */
export const IDENTIFIER_SHAPE_WEIGHT = 0.5;

/**
 * Shapes of identifiers and what they are, in any toolkit: they point a query that names no app to
 * the toolkits that deal in such things.
 */
/** An issue key: a team's or project's key and a number (`ENG-1422`, `DATA-904`). */
const ISSUE_KEY = String.raw`\b[A-Z][A-Z0-9]{1,9}-\d+\b`;

/**
 * Prefixes of typed object ids (`cus_Q8xY`, `pi_3Mtw`, `in_1Nv0`: a prefix, `_`, letters and digits
 * with at least one digit), the convention of payment APIs, and the thing each names.
 */
const PREFIXED_ID_KINDS: readonly (readonly [string, string])[] = [
  ['cus', 'customer'],
  ['pi', 'payment intent'],
  ['ch', 'charge'],
  ['in', 'invoice'],
  ['ii', 'invoice item'],
  ['prod', 'product'],
  ['price', 'price'],
  ['sub', 'subscription'],
  ['re', 'refund'],
  ['po', 'payout'],
  ['txn', 'balance transaction'],
  ['pm', 'payment method'],
  ['plink', 'payment link'],
  ['evt', 'event'],
];
const IDENTIFIER_HINTS: readonly { pattern: RegExp; words: string; unless?: RegExp }[] = [
  { pattern: /\b[\w.-]+\/[\w.-]+#\d+\b/, words: 'repository issue pull request' },
  { pattern: /(?:^|[\s(])#\d+\b/, words: 'issue pull request' },
  { pattern: /(?:^|[\s(])#[a-z][\w-]*/i, words: 'channel' },
  { pattern: new RegExp(ISSUE_KEY), words: 'issue' },
  { pattern: EMAIL_ADDRESS, words: 'email' },
  { pattern: /(?:^|\s)@[a-z][\w-]*/i, words: 'user' },
  {
    pattern:
      /\bhttps?:\/\/|\bwww\.|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|io|org|net|dev|app|ai|co)\b(?!\.)/i,
    words: 'url website page',
  },
  { pattern: FILE_NAME, words: 'file' },
  { pattern: /(?:^|\s)[\w-]+\/[\w-][\w.-]*(?=$|[\s,;:!?)])/g, words: 'repository', unless: FILE_NAME },
  { pattern: /\bv\d+(?:\.\d+)+\b/, words: 'version tag release' },
  { pattern: /(?:^|\s):[a-z0-9_+-]+:(?=$|[\s,.;!?)])/, words: 'emoji reaction' },
  { pattern: /(?:^|[\s(])\+\d[\d\s().-]{7,}\d\b/, words: 'phone number call message' },
  ...PREFIXED_ID_KINDS.map(([prefix, words]) => ({
    pattern: new RegExp(String.raw`\b${prefix}_(?=[A-Za-z]*\d)[A-Za-z0-9]{4,}\b`),
    words,
  })),
];

/** Words implied by the shapes of the query's identifiers. */
export function identifierHints(query: string): string[] {
  const hinted: string[] = [];
  for (const { pattern, words, unless } of IDENTIFIER_HINTS) {
    const found =
      unless === undefined
        ? pattern.test(query)
        : [...query.matchAll(pattern)].some((match) => !unless.test(match[0]));
    if (found) hinted.push(...analyzeText(words));
  }
  return hinted;
}

interface CompiledPhrase {
  stems: string[];
  /**
   * The phrase's words as written, when another concept has a phrase of the same stems in other words
   * ("find" and "findings", "set" and "settings"): such a phrase matches only its own words.
   */
  words: string[] | undefined;
  additions: WeightedTerm[];
  literalWeight: number;
  /** A verb and a particle that may stand apart ("turn the alerts off"): see `matchesSeparatedAt`. */
  separable: boolean;
}

let phrasesByFirstStem: Map<string, CompiledPhrase[]> | undefined;

function compileConcepts(concepts: readonly Concept[]): Map<string, CompiledPhrase[]> {
  const byFirstStem = new Map<string, CompiledPhrase[]>();
  /** Per sequence of stems, the concepts and the wordings whose phrases have it. */
  const owners = new Map<string, { concepts: Set<Concept>; wordings: Set<string> }>();
  for (const concept of concepts) {
    for (const phrase of concept.when) {
      const words = normalizeWords(splitWords(phrase));
      const key = words.map(stemWord).join(' ');
      const owner = owners.get(key) ?? { concepts: new Set(), wordings: new Set() };
      owner.concepts.add(concept);
      owner.wordings.add(words.join(' '));
      owners.set(key, owner);
    }
  }
  for (const concept of concepts) {
    for (const phrase of concept.when) {
      const words = normalizeWords(splitWords(phrase));
      const stems = words.map(stemWord);
      const owner = owners.get(stems.join(' '))!;
      const collides = owner.concepts.size > 1 && owner.wordings.size > 1;
      const first = stems[0];
      if (first === undefined) continue;
      const weight = concept.weight ?? (stems.length > 1 ? PHRASE_CONCEPT_WEIGHT : DEFAULT_CONCEPT_WEIGHT);
      const additions = concept.add.flatMap((added) => analyzeText(added).map((term) => ({ term, weight })));
      const list = byFirstStem.get(first) ?? [];
      list.push({
        stems,
        words: collides ? words : undefined,
        additions,
        literalWeight: concept.literalWeight ?? (stems.length > 1 ? PHRASE_LITERAL_WEIGHT : 1),
        separable: isSeparablePhrase(words),
      });
      byFirstStem.set(first, list);
    }
  }
  return byFirstStem;
}

/** Punctuation that ends a sentence rather than a clause within one. */
const SENTENCE_END = /^(?:[.?!;]|\s[-–—]+\s)$/;

/** "we're" with either apostrophe. */
const WE_ARE = /\bwe['’]re\b/gi;

/** Punctuation that ends a clause: `,` `;` `:` `!` `?` brackets, and `.` before a space or the end. */
const CLAUSE_PUNCTUATION = /[,;:!?()[\]]|\.(?=\s|$)|\s[-–—]+\s/;
/** `CLAUSE_PUNCTUATION` kept by `split`: the parts at even indexes, the punctuation between them at odd. */
const CLAUSE_PUNCTUATION_KEPT = new RegExp(`(${CLAUSE_PUNCTUATION.source})`);

/**
 * Eight or more letters and digits mixed: `1901bd7e55aa`, `U04ABCD123`, with the parts a hyphen joins
 * to it (`3b71c0de-aa12`, a UUID): one value, not a value and a word.
 */
const OPAQUE_ID = String.raw`\b(?=[a-zA-Z\d]*\d)(?=[a-zA-Z\d]*[a-zA-Z])[a-zA-Z\d]{8,}(?:-[a-zA-Z\d]+)*\b`;
/**
 * A typed object id: a short prefix (one letter or more), `_`, letters and digits with a digit
 * (`cus_Q8xY2`, `pi_3Mtw`, `r_01J9XK`).
 */
const PREFIXED_ID = String.raw`\b[a-z]{1,6}_(?=[A-Za-z]*\d)[A-Za-z0-9]{4,}\b`;
/** One thing named by its id: "post 40123456", "#118", `ENG-1422`, `pi_3Mtw4`, an opaque id. */
const SINGLE_ITEM = new RegExp(String.raw`\b[a-z]+ #?\d{2,}\b|${ISSUE_KEY}|${PREFIXED_ID}|${OPAQUE_ID}`);
const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’|(?<=^|[\s(])'[^']*'(?=$|[\s.,;:!?)])/g;
/**
 * A web address with its scheme, up to a space, a quote or a bracket, without the punctuation that
 * ends a sentence: one value (`https://acme.com/pricing?ref=hn`), where "https", "ref" and "hn" would
 * read as words of the request and `:` and `?` as the ends of clauses.
 */
const URL = String.raw`\bhttps?:\/\/[^\s<>"'()]+(?<![.,;:!?])`;
const SCHEME = /^https?:\/\//;
/**
 * The name after "called" or "named", a channel's name after `#` (`#payments`), paths,
 * `owner/repo`, file names, domains, `SNAKE_CASE` and `camelCase` names, and opaque ids (eight or
 * more letters and digits mixed, `1901bd7e55aa`, `U04ABCD123`): values, not intent.
 */
const IDENTIFIER = new RegExp(
  String.raw`${URL}|(?<=\b(?:called|named|titled|entitled)\s+)[\w-]+(?:[./][\w-]+)*|(?<=(?:^|[\s(])#)[a-zA-Z][\w-]*|[\w@-]+(?:[./][\w@-]+)+(?:\?[\w=&%.+-]*)?[./]?|\b\w+_\w+\b|\b[a-z]+[A-Z]\w*\b|${ISSUE_KEY}|${OPAQUE_ID}`,
  'g',
);
const NEGATIONS = new Set(['without', 'except', 'excluding', 'dont', 'not', 'no', 'never', 'isnt', 'arent']);
/** "not yet", "not sure", "no longer", "no more": nothing that follows is ruled out. */
const NOT_NEGATED = new Set(['yet', 'sure', 'longer', 'more']);
const NEGATION_SPAN = 3;
/** "not just", "not only": what follows counts, but as a value, not as what the request is after. */
const NOT_ENOUGH = new Set(['just', 'only']);
const CLAUSE_BREAK = new Set(['and', 'but', 'then', 'so']);

function queryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  let clause = 0;
  /** Clauses that open right after a colon and a space: maybe the text to write (`markColonContent`). */
  const colonClauses = new Set<number>();
  /** Clauses that open a new sentence: after `.`, `?`, `!`, `;` or a dash between spaces. */
  const sentenceStarts = new Set<number>();
  const push = (text: string, weight: number) => {
    for (const word of normalizeWords(splitWords(text)))
      words.push({ word, stem: stemWord(word), weight, clause });
  };
  const pushIntent = (text: string) => {
    const parts = text.split(CLAUSE_PUNCTUATION_KEPT);
    for (let index = 0; index < parts.length; index += 2) {
      if (index > 0) {
        clause++;
        if (parts[index - 1] === ':' && /^\s/.test(parts[index]!)) colonClauses.add(clause);
        if (SENTENCE_END.test(parts[index - 1]!)) sentenceStarts.add(clause);
      }
      push(parts[index]!, 1);
    }
  };
  const segments = query.replace(QUOTED, (quoted) => ` \u0001${quoted}\u0001 `).split('\u0001');
  segments.forEach((segment, index) => {
    if (index % 2 === 1) {
      push(segment, IDENTIFIER_WEIGHT);
      return;
    }
    let last = 0;
    for (const match of segment.matchAll(IDENTIFIER)) {
      pushIntent(segment.slice(last, match.index));
      // A web address's words are values like any other (`splitWords` would drop it whole).
      push(match[0].replace(SCHEME, ''), IDENTIFIER_WEIGHT);
      last = match.index + match[0].length;
    }
    pushIntent(segment.slice(last));
  });
  for (let index = 0; index < words.length; index++) {
    // "hold off on sending" rules out sending, like "don't send".
    const holdsOff = words[index]!.word === 'off' && words[index - 1]?.word === 'hold';
    if (!NEGATIONS.has(words[index]!.word) && !holdsOff) continue;
    // "close it as not planned", "mark as not spam": a state to set, nothing ruled out.
    if (words[index - 1]?.word === 'as') continue;
    const following = words[index + 1]?.word ?? '';
    if (NOT_NEGATED.has(following)) continue;
    // "not just the title": the title is wanted, but what the request is after is more than it.
    const weight = NOT_ENOUGH.has(following) ? IDENTIFIER_WEIGHT : 0;
    let negated = 0;
    for (let next = index + 1; next < words.length && negated < NEGATION_SPAN; next++) {
      const word = words[next]!;
      // A negation ends with its sentence: "not Thursday. Could you correct it" negates no "correct";
      // a list after a comma runs on ("not the title, body or labels").
      if (word.clause !== words[index]!.clause && sentenceStarts.has(word.clause)) break;
      // "not just the title and properties" runs on through its list; "don't send and archive" stops.
      if (CLAUSE_BREAK.has(word.word) && !(weight > 0 && word.word === 'and')) break;
      if (isStopWord(word.word) || NOT_ENOUGH.has(word.word)) continue;
      word.weight = Math.min(word.weight, weight);
      negated++;
    }
  }
  markSettledState(words, IDENTIFIER_WEIGHT);
  markReportedContent(words, IDENTIFIER_WEIGHT);
  markColonContent(words, colonClauses, IDENTIFIER_WEIGHT);
  markCircumstance(words, IDENTIFIER_WEIGHT);
  markFileLocation(words, query, IDENTIFIER_WEIGHT);
  markMailSender(words, IDENTIFIER_WEIGHT);
  return words;
}

/**
 * Turns a task into weighted search terms: the query's own words (stemmed, without stop words) at
 * weight 1, quoted values and names such as `owner/repo` or `src/app.ts` at `IDENTIFIER_WEIGHT`,
 * words negated by "without" dropped, plus the words of every concept whose phrase occurs in it and,
 * at `SYNONYM_WEIGHT`, general English synonyms of its intent words.
 *
 * @example
 * analyzeQuery('open a PR'); // { terms: [{ term: 'open', weight: 1 }, ..., { term: 'creat', weight: 0.7 }], kind: 'create' }
 */
export function analyzeQuery(request: string): AnalyzedQuery {
  // "we're" would read as "were", a question word: "we're sending the deck, so share it" asks nothing.
  const query = request.replace(WE_ARE, 'we are');
  phrasesByFirstStem ??= compileConcepts(CONCEPTS);
  const words = queryWords(query);
  const weights = new Map<string, number>();
  const raise = (term: string, weight: number) => {
    if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
  };
  const intentStems = words.map((word) => (word.weight === 1 ? word.stem : '\u0000'));
  const literalWeights = new Map<string, number>();
  // A phrase that starts with a negation ("don't send") reads the words it negates.
  const allStems = words.map((word) => word.stem);
  const allWords = words.map((word) => word.word);
  intentStems.forEach((stem, position) => {
    const negation = NEGATIONS.has(words[position]!.word);
    for (const phrase of phrasesByFirstStem?.get(stem) ?? []) {
      const together =
        matchesAt(negation ? allStems : intentStems, position, phrase.stems) &&
        (phrase.words === undefined || matchesAt(allWords, position, phrase.words));
      const apart =
        !together &&
        phrase.separable &&
        matchesSeparatedAt(words, position, phrase.stems) &&
        (phrase.words === undefined || words[position]!.word === phrase.words[0]);
      if (!together && !apart) continue;
      for (const addition of phrase.additions) raise(addition.term, addition.weight);
      if (phrase.literalWeight < 1) {
        for (const literal of phrase.stems) literalWeights.set(literal, phrase.literalWeight);
      }
    }
  });
  const someone = letSomeonePhrase(words);
  for (const added of someone?.stands ?? [])
    for (const term of analyzeText(added)) raise(term, PHRASE_CONCEPT_WEIGHT);
  if (cameByMail(words)) for (const word of MAILBOX_WORDS) raise(stemWord(word), PHRASE_CONCEPT_WEIGHT);
  if (hasTimeSlot(query)) for (const word of TIME_SLOT_WORDS) raise(stemWord(word), DEFAULT_CONCEPT_WEIGHT);
  if (isTimeShift(query)) {
    for (const added of TIME_SHIFT_WORDS)
      for (const term of analyzeText(added)) raise(term, PHRASE_CONCEPT_WEIGHT);
  }
  let plural = false;
  const pairs = new Set<string>();
  const names = new Set<string>();
  const ownerStems = ownerNouns();
  /** Per name, the owner noun after each mention, or undefined for a mention before anything else. */
  const nounsAfter = new Map<string, (string | undefined)[]>();
  const asking = requestClauses(words);
  markFutureClauses(words, asking, IDENTIFIER_WEIGHT);
  const means = new Set(instrumentWords(words));
  const telling = statementClauses(words, asking);
  const askedNames = new Set<string>();
  const toldNames = new Set<string>();
  /** A mention of `name` in the words from `first` up to `after` (exclusive). */
  const mention = (name: string, first: number, after: number) => {
    names.add(name);
    // "mention Linear ENG-512 in the description": an app named as what to refer to is a value.
    if (REFERRING.has(words[first - 1]?.word ?? '')) {
      toldNames.add(name);
      return;
    }
    if (means.size > 0 ? means.has(after - 1) : asking.has(words[after - 1]!.clause)) askedNames.add(name);
    else if (means.size > 0 || telling.has(words[after - 1]!.clause)) toldNames.add(name);
    const next = words[after];
    const noun =
      next?.weight === 1 && ownerStems.has(next.stem)
        ? next.stem
        : isStoredCredential(words, after)
          ? CREDENTIAL_OWNER
          : undefined;
    nounsAfter.set(name, [...(nounsAfter.get(name) ?? []), noun]);
  };
  words.forEach((word, index) => {
    if (word.weight !== 1) return;
    mention(word.word, index, index + 1);
    // Two words run together name a toolkit ("google calendar"), unless one is a function word:
    // "read me" is no mention of ReadMe.
    const next = words[index + 1];
    if (next !== undefined && next.weight === 1 && !isStopWord(word.word) && !isStopWord(next.word))
      mention(toolkitKey(word.word + next.word), index, index + 2);
  });
  // A scope, a folder something is put in and a topic weigh less as terms, after their words were read
  // for names: an app named in one still names the app ("across all slack channels", "in drive folder
  // X", "threads about the stripe outage").
  markScope(words, SCOPE_WEIGHT);
  markDestinationFolder(words, SCOPE_WEIGHT);
  markTopic(words, SCOPE_WEIGHT);
  const ownerNames = new Map<string, string[]>();
  for (const [name, nouns] of nounsAfter) {
    if (nouns.every((noun) => noun !== undefined)) ownerNames.set(name, [...new Set(nouns as string[])]);
  }
  let previous: string | undefined;
  words.forEach((word, index) => {
    if (word.weight === 0 || isStopWord(word.word)) return;
    if (word.weight === 1 && previous !== undefined && previous !== word.stem)
      pairs.add(pairKey(previous, word.stem));
    previous = word.weight === 1 ? word.stem : undefined;
    raise(word.stem, Math.min(word.weight, literalWeights.get(word.stem) ?? 1));
    // "who owns it", "it says": a verb after a subject pronoun, no plural noun.
    const afterSubject = SUBJECT_PRONOUNS.has(words[index - 1]?.word ?? '');
    if (word.weight === 1 && isPlural(word.word) && !afterSubject) plural = true;
  });
  for (const word of words) {
    if (word.weight !== 1 || isStopWord(word.word)) continue;
    for (const synonym of englishSynonyms(word.word))
      for (const term of analyzeText(synonym)) raise(term, SYNONYM_WEIGHT);
  }
  if (asksWhichOfMany(words)) raise('list', DEFAULT_CONCEPT_WEIGHT);
  if (plural) raise('list', PLURAL_LIST_WEIGHT);
  else if (SINGLE_ITEM.test(query)) {
    raise('get', SINGLE_ITEM_GET_WEIGHT);
    // "where's ENG-214 at": a thing named by its id needs no search to be found.
    for (const term of SEARCH_TERMS) {
      const weight = weights.get(term);
      if (weight !== undefined && weight < 1) weights.set(term, Math.min(weight, SYNONYM_WEIGHT));
    }
  }
  // What the request rules out stays out, whatever concept would bring it in ("answer her, but don't
  // send it" sends nothing), unless the query also asks for it elsewhere. An identifier still hints.
  const kept = new Set(words.filter((word) => word.weight > 0).map((word) => word.stem));
  for (const word of words) if (word.weight === 0 && !kept.has(word.stem)) weights.delete(word.stem);
  for (const term of identifierHints(query)) raise(term, IDENTIFIER_HINT_WEIGHT);
  for (const term of identifierShapes(query)) raise(term, IDENTIFIER_SHAPE_WEIGHT);
  return {
    terms: [...weights].map(([term, weight]) => ({ term, weight })),
    kind: withSomeone(requestKind(words, asking) ?? queryOperationKind(query), someone, asking),
    pairs: [...pairs],
    names: [...names],
    ownerNames,
    contextNames:
      asking.size === 0 && means.size === 0
        ? new Set()
        : new Set([...toldNames].filter((name) => !askedNames.has(name))),
    objectRuns: objectRuns(query, words),
    numbers: grammaticalNumbers(words.filter((word) => word.weight === 1).map((word) => word.word)),
    repeatedStems: repeatedStems(words),
  };
}

/**
 * The operation the first clause that asks for something and names one asks for: "put a ticket in
 * linear" in "refund emails show the wrong currency - put a ticket in linear", whose first clause only
 * reports ("show"); "start the deploy" in "we need the hotfix out: start the deploy".
 */
function requestKind(words: readonly QueryWord[], asking: ReadonlySet<number>): OperationKind | undefined {
  if (asking.size === 0) return undefined;
  const clauses = [...asking].sort((first, second) => first - second);
  return queryOperationKind(
    clauses
      .map((clause) =>
        words
          .filter((word) => word.clause === clause && word.weight === 1)
          .map((word) => word.word)
          .join(' '),
      )
      .join(', '),
  );
}

/**
 * The kind of a request that asks someone to do something, lets them, or tells them ("ask Lee to take a
 * look", "let Ana know"): a change, whatever the verb after it ("look") would say, when the phrase is in
 * the clause that asks (or the query has no such clause).
 */
function withSomeone(
  kind: OperationKind | undefined,
  someone: LetSomeonePhrase | undefined,
  asking: ReadonlySet<number>,
): OperationKind | undefined {
  if (someone === undefined || (kind !== undefined && kind !== 'read')) return kind;
  return asking.size === 0 || someone.clause === Math.min(...asking) ? 'write' : kind;
}

/** The stems intent words use more than once. */
function repeatedStems(words: readonly QueryWord[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const word of words) {
    if (word.weight !== 1 || isStopWord(word.word)) continue;
    if (seen.has(word.stem)) repeated.add(word.stem);
    seen.add(word.stem);
  }
  return repeated;
}

/** Verbs of referring to something: an app named right after one is what to refer to. */
const REFERRING = new Set(['mention', 'mentioning', 'reference', 'referencing', 'cite', 'citing']);

/** Subject pronouns: a word in -s right after one is a verb ("who owns it", "it says"). */
const SUBJECT_PRONOUNS = new Set(['who', 'he', 'she', 'it', 'that']);

/** What a concept adds for finding things ("where", "look for"): `search`, `find`. */
const SEARCH_TERMS = ['search', 'find'];

/** How far after "which" its noun may come: "which of our open repos". */
const WHICH_REACH = 3;

/**
 * Whether the query asks "which" of many: a plural intent word soon after it ("which labels exist",
 * "which of the repos"), where "which time zone is she in" asks for one thing.
 */
function asksWhichOfMany(words: readonly QueryWord[]): boolean {
  return words.some(
    (word, index) =>
      word.word === 'which' &&
      words
        .slice(index + 1, index + 1 + WHICH_REACH)
        .some((next) => next.weight === 1 && !isStopWord(next.word) && isPlural(next.word)),
  );
}

function matchesAt(stems: string[], position: number, phrase: string[]): boolean {
  if (position + phrase.length > stems.length) return false;
  for (let offset = 0; offset < phrase.length; offset++) {
    if (stems[position + offset] !== phrase[offset]) return false;
  }
  return true;
}
