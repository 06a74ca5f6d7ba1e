import type { Tag } from '@toolrouter/toolkits';
import { normalizeWords, splitWords, stemWord } from './analyze-text.ts';
import { isPastParticiple, isPlural } from './grammatical-number.ts';

/**
 * What a tool does to the world, or what a task asks for: look, change, or take away. A change is
 * `create` or `update` when its verb says which ("add", "post" / "edit", "rename"), else `write`.
 */
export type OperationKind = 'read' | 'write' | 'create' | 'update' | 'delete';

const READ_VERBS = words(
  'get list show view see display read fetch retrieve find search look lookup query check download export count preview compare render inspect grab browse tell know',
);
const DELETE_VERBS = words(
  'delete remove unstar unfollow unwatch unsubscribe unassign revoke cancel stop clear purge destroy erase drop nuke wipe trash bin discard leave kill scrap chuck toss ditch',
);
/** Verbs of several words whose first word alone would say otherwise ("get rid of" is no `get`). */
const PHRASAL_VERBS: readonly { words: readonly string[]; kind: OperationKind }[] = [
  { words: ['get', 'rid', 'of'], kind: 'delete' },
  { words: ['take', 'down'], kind: 'delete' },
  { words: ['throw', 'away'], kind: 'delete' },
  { words: ['throw', 'out'], kind: 'delete' },
  { words: ['do', 'away', 'with'], kind: 'delete' },
  { words: ['call', 'off'], kind: 'delete' },
  { words: ['set', 'up'], kind: 'create' },
  { words: ['fire', 'off'], kind: 'create' },
  { words: ['fire', 'it', 'off'], kind: 'create' },
  { words: ['shoot', 'off'], kind: 'create' },
  // "open a PR" makes one; "open the mail" reads one that exists.
  { words: ['open', 'the'], kind: 'read' },
  { words: ['open', 'this'], kind: 'read' },
  { words: ['open', 'that'], kind: 'read' },
  { words: ['open', 'my'], kind: 'read' },
  { words: ['open', 'up'], kind: 'read' },
  { words: ['pull', 'up'], kind: 'read' },
  { words: ['bring', 'up'], kind: 'read' },
  // "make it private", "make them admins": a thing that exists, changed; "make a copy" creates one.
  ...['it', 'them', 'this', 'that', 'these', 'those'].map((word) => ({
    words: ['make', word],
    kind: 'update' as const,
  })),
  // "leave a comment" writes one; "leave the channel" quits it.
  { words: ['leave', 'a'], kind: 'create' },
  { words: ['leave', 'an'], kind: 'create' },
  // "drop a note in #ops" and "drop in this line" add something; "drop the table" removes it.
  { words: ['drop', 'a'], kind: 'create' },
  { words: ['drop', 'an'], kind: 'create' },
  { words: ['drop', 'in'], kind: 'create' },
  // "file a bug": a new record, where "file" alone is a noun more often ("log" is a verb of making).
  { words: ['file', 'a'], kind: 'create' },
  { words: ['file', 'an'], kind: 'create' },
  // "give me the list", "hand me the text": what the request wants back, not something given away.
  ...['give', 'hand', 'get'].flatMap((verb) =>
    ['me', 'us'].map((word) => ({ words: [verb, word], kind: 'read' as const })),
  ),
  // "tell me which ...", "tell whether ..." ask to read; "tell #ops that ..." sends a message.
  ...['me', 'us', 'what', 'which', 'who', 'whether', 'if', 'how', 'when', 'where', 'why'].map((word) => ({
    words: ['tell', word],
    kind: 'read' as const,
  })),
  { words: ['tell'], kind: 'create' },
  // "her billing address is now 410 Pine St": a new state of a thing that exists.
  { words: ['is', 'now'], kind: 'update' },
  { words: ['are', 'now'], kind: 'update' },
];
/**
 * A clause that opens with a noun of messaging used as a verb, then the person addressed ("email the
 * landlord the lease", "text Ana the address", "message @sam"): it sends, where "email threads
 * about rent" or "messages from Ana" name what to read.
 */
const ADDRESSED_MESSAGE =
  /^\s*(?:(?:please|can you|could you|kindly)\s+)*(?:[Ee]-?mail|[Mm]ail|[Mm]essage|[Tt]ext|[Dd][Mm]|DM|[Pp]ing|[Ss]lack)\s+(?:[\w.+-]+@[\w-]+|@\w|(?:the|my|our|your|him|her|them|everyone|everybody)\b|[A-Z][a-z]+\b)/;
/**
 * Values whose words are no verbs of the request: emoji shortcodes (`:white_check_mark:` says no
 * "check") and double-quoted text ("title it "Read me first"").
 */
const VALUES = /(?<![\w:]):[a-z0-9_+-]+:(?![\w:])|"[^"]*"|“[^”]*”/g;
/** Where a request starts a new clause: "gdrive doc 1Ab - who owns it?" asks a question after the dash. */
const CLAUSE_BREAK = /[,;?!]+\s|\s[-–—]+\s|[.:]\s+(?=[A-Za-z])/;
const CREATE_VERBS = words(
  `create add post send upload insert append generate fork publish draft write make open register book comment
  reply answer respond log tack`,
);
const UPDATE_VERBS = words('update edit set replace rename patch modify change move transfer convert');
const WRITE_VERBS = words(
  `create add update set edit replace rename post send upload invite enable disable lock unlock merge approve submit
  request star follow fork transfer start trigger dispatch rerun run review mark move sync block unblock pin
  unpin accept decline reject react assign publish generate import rotate regenerate redeliver ping upgrade convert
  make open close reopen restore archive unarchive hide resolve dismiss watch subscribe mute share reply comment
  forward draft write save store put patch insert append upsert modify change give bump ship land cut push tag
  label schedule book register install uninstall configure protect require kick bookmark throw invite freeze
  unfreeze`,
);
const QUESTION_WORDS = new Set(
  'what which who whom whose how any am is are was were has have does do did where when why whats whos'.split(
    ' ',
  ),
);
const LEADING_FILLER = new Set(
  'please can could would will you i we want wanna need to lets let me kindly hey hi just'.split(' '),
);

function words(list: string): Set<string> {
  return new Set(
    list
      .split(/\s+/)
      .filter((word) => word.length > 0)
      .map(stemWord),
  );
}

/** Whether a word starts a question ("which", "how", "is"). */
export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word);
}

/** Whether a stem is a verb of operations ("list", "add", but also "label", "comment", "star"). */
export function isOperationVerb(stem: string): boolean {
  return kindOfStem(stem) !== undefined;
}

function kindOfStem(stem: string): OperationKind | undefined {
  if (READ_VERBS.has(stem)) return 'read';
  if (DELETE_VERBS.has(stem)) return 'delete';
  if (CREATE_VERBS.has(stem)) return 'create';
  if (UPDATE_VERBS.has(stem)) return 'update';
  if (WRITE_VERBS.has(stem)) return 'write';
  return undefined;
}

/**
 * What a tool does: `read` when it carries `readOnlyHint`; `delete` when it carries `destructiveHint`
 * and a deleting verb ("Move email to trash"); otherwise what the first verb of its name or slug says
 * (`List ...`, `Remove ...`, `Create ...`); `write` for a tagged tool without a known verb; else unknown.
 */
export function toolOperationKind(tool: {
  slug: string;
  name: string;
  toolkit: string;
  tags?: Tag[];
}): OperationKind | undefined {
  if (tool.tags?.includes('readOnlyHint')) return 'read';
  const prefix = `${tool.toolkit.toUpperCase()}_`;
  const slug = tool.slug.toUpperCase().startsWith(prefix) ? tool.slug.slice(prefix.length) : tool.slug;
  const verbs = [...splitWords(tool.name), ...splitWords(slug)].map((word) => kindOfStem(stemWord(word)));
  if (tool.tags?.includes('destructiveHint') && verbs.includes('delete')) return 'delete';
  const kind = verbs.find((verb) => verb !== undefined);
  if (kind !== undefined) return kind;
  return tool.tags !== undefined && tool.tags.length > 0 ? 'write' : undefined;
}

const QUESTION_MARK = /\?/;

/**
 * What a task asks for, clause by clause until one says: a clause that is a question ("what ...",
 * "is ...", "any ...") asks to read; otherwise its first verb decides, phrasal verbs ("get rid of",
 * "take down") as a whole. A question with no verb we know asks to read too ("ENG-142 done yet?");
 * other queries with no verb we know are unknown.
 *
 * @example
 * queryOperationKind('which labels exist'); // 'read'
 * queryOperationKind('nuke the old repo'); // 'delete'
 */
export function queryOperationKind(query: string): OperationKind | undefined {
  let needs = false;
  for (const clause of query.replace(VALUES, ' ').split(CLAUSE_BREAK)) {
    if (ADDRESSED_MESSAGE.test(clause)) return 'create';
    const clauseWords = normalizeWords(splitWords(clause));
    // "I'll write a fresh one": what the requester will do next, not the request.
    if (clauseWords.some((word) => REQUESTER_FUTURE.has(word))) continue;
    const kind = clauseOperationKind(clauseWords);
    if (kind !== undefined) return kind;
    needs ||= needsOne(clauseWords);
  }
  // Wanting a thing that exists, where no clause names an operation, is reading it: "I need the id of
  // the shared calendar"; "we need the hotfix out: start the deploy" starts something.
  // A question that names no operation asks about the state of things: "extraction 3b71c0de done?".
  return needs || QUESTION_MARK.test(query) ? 'read' : undefined;
}

/** A word in -ing of four letters or more before it ("running", not "ring" or "thing"). */
function isGerund(word: string): boolean {
  return word.length >= 7 && word.endsWith('ing');
}

/**
 * Past participles without "-ed" that are no base form: "have you sent it", "has the doc been shared"
 * ("put", "run" and "read" are both, and say nothing).
 */
const IRREGULAR_PARTICIPLES = new Set(
  `been sent paid done seen got gotten made written taken given left heard built brought bought found told
  kept met won lost begun`.split(/\s+/),
);

/** Subjects after which "have" asks a question: "have you ...", "has anyone ...". */
const QUESTION_SUBJECTS = new Set(
  'you we they i he she it anyone anybody everyone everybody someone somebody'.split(' '),
);

/** How far after "have" a question's participle comes: "have the new docs been ...". */
const PARTICIPLE_REACH = 4;

/**
 * Whether "have" at `start` has someone do something ("have exa dig into it", "have Lee put together a
 * report") rather than asks a question ("have you sent it", "has anyone replied"): no subject pronoun
 * after it and no past participle soon after.
 */
function isCausative(queryWords: readonly string[], start: number): boolean {
  if (queryWords[start] !== 'have' || QUESTION_SUBJECTS.has(queryWords[start + 1] ?? '')) return false;
  return !queryWords
    .slice(start + 1, start + 1 + PARTICIPLE_REACH)
    .some((word) => isPastParticiple(word) || IRREGULAR_PARTICIPLES.has(word));
}

/** The requester's own future: "I'll", "gonna". */
const REQUESTER_FUTURE = new Set(['ill', 'gonna']);

/** Verbs that ask for what follows them: "I need her user id", "want a link people can click". */
export const NEEDING_VERBS = new Set(['need', 'needs', 'want', 'wanna']);

/** Words of a thing still to be made: "need a new label", "want another copy". */
const INDEFINITE = new Set(['a', 'an', 'some', 'new', 'another', 'more', 'any']);

/**
 * Whether a clause opens by wanting a thing that exists: "I need the id of the shared calendar", "need
 * Tomasz's member id"; not "need a new label".
 */
function needsOne(queryWords: readonly string[]): boolean {
  let start = 0;
  while (start < queryWords.length && LEADING_FILLER.has(queryWords[start]!)) start++;
  const first = queryWords[start];
  return (
    queryWords.slice(0, start).some((word) => NEEDING_VERBS.has(word)) &&
    first !== undefined &&
    !INDEFINITE.has(first)
  );
}

function clauseOperationKind(queryWords: string[]): OperationKind | undefined {
  let start = 0;
  while (start < queryWords.length && LEADING_FILLER.has(queryWords[start]!)) start++;
  const first = queryWords[start];
  if (first !== undefined && QUESTION_WORDS.has(first) && !isCausative(queryWords, start)) return 'read';
  // "new issue for acme/web: ...": a clause that opens with "new" asks to make one.
  if (first === 'new') return 'create';
  for (let position = start; position < queryWords.length; position++) {
    const phrasal = PHRASAL_VERBS.find(({ words }) =>
      words.every((word, offset) => queryWords[position + offset] === word),
    );
    if (phrasal !== undefined) return phrasal.kind;
    const word = queryWords[position]!;
    const moved = word === 'get' ? movedBy(queryWords, position) : undefined;
    if (moved !== undefined) return moved;
    // "commits pushed to main": a participle after the clause's first word describes, it asks nothing;
    // so does a gerund ("threads about running SQLite").
    if (position > start && (isPastParticiple(word) || isGerund(word))) continue;
    // A request's verb is in its base form: "checks are green", "the bot posts daily" state things.
    if (isPlural(word)) continue;
    const kind = kindOfStem(stemWord(word));
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** Most words of the thing between "get" and where it goes: "get team_roster.xlsx into drive". */
const MOVED_THING_WORDS = 4;

/**
 * "get X into Y" puts X somewhere (create); "get X out of Y" takes it out (update): the "get" of
 * moving a thing, which reads nothing. Undefined for any other "get".
 */
function movedBy(queryWords: readonly string[], position: number): OperationKind | undefined {
  for (let next = position + 2; next <= position + 1 + MOVED_THING_WORDS; next++) {
    const word = queryWords[next];
    if (word === 'into' || word === 'onto') return 'create';
    if (word === 'out' && queryWords[next + 1] === 'of') return 'update';
  }
  return undefined;
}

/** Score multiplier when the tool's kind differs from what the query asks for. */
export const KIND_MISMATCH_FACTOR = 0.4;

/** Score multiplier when the query asks to create and the tool updates, or the other way round. */
export const CHANGE_MISMATCH_FACTOR = 0.8;

/** Whether the two kinds are `one` and `other`, in either order. */
function kinds(
  first: OperationKind,
  second: OperationKind,
  one: OperationKind,
  other: OperationKind,
): boolean {
  return (first === one && second === other) || (first === other && second === one);
}

/** How well a tool's kind fits the query's: 1 for a match or when either is unknown. */
export function operationKindFactor(
  queryKind: OperationKind | undefined,
  toolKind: OperationKind | undefined,
): number {
  if (queryKind === undefined || toolKind === undefined || queryKind === toolKind) return 1;
  if (queryKind === 'read' || toolKind === 'read') return KIND_MISMATCH_FACTOR;
  // Making and removing are opposites: "wipe the folder" wants no folder made.
  if (kinds(queryKind, toolKind, 'delete', 'create')) return KIND_MISMATCH_FACTOR;
  if (queryKind === 'delete' || toolKind === 'delete') return (1 + KIND_MISMATCH_FACTOR) / 2;
  return queryKind === 'write' || toolKind === 'write' ? 1 : CHANGE_MISMATCH_FACTOR;
}
