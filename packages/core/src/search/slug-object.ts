import { isStopWord, normalizeWords, stemWord } from './analyze-text.ts';

/** Verbs of API methods in slugs (`LIST`, `CREATE`, `INSERT`); nouns that are also verbs (`LABELS`) are not. */
const SLUG_VERBS = new Set(
  `get list create add update delete remove set insert patch post put replace search find fetch retrieve query
  check enable disable start stop cancel send upload download move copy submit approve test ping lock unlock
  merge archive unarchive restore revoke invite accept decline trigger dispatch sync batch`
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(stemWord),
);

/** Slug words after which the slug names what it acts for or in, not what it acts on. */
const SLUG_PREPOSITIONS = new Set(['for', 'in', 'on', 'of', 'by', 'to', 'from', 'with', 'at', 'and']);

/** Nouns that say little about what is acted on: "organization details" acts on an organization. */
const LIGHT_NOUNS = new Set(['detail', 'info', 'information', 'data'].map(stemWord));

function withoutTrailingLightNouns(stems: string[]): string[] {
  const kept = [...stems];
  while (kept.length > 1 && LIGHT_NOUNS.has(kept.at(-1)!)) kept.pop();
  return kept;
}

/**
 * The stem of the thing a slug acts on: before any preposition (`_FOR_`, `_IN_`), the last word after
 * its first method verb, else the last word before that verb (`TASKS_INSERT` → task,
 * `ADD_PROJECT_FOR_TASK` → project, `ME_LIST_MAIL_FOLDERS` → folder). Undefined without such a word.
 *
 * @example
 * slugObject('ASANA_CREATE_TASK', 'asana'); // 'task'
 */
export function slugObject(slug: string, toolkit: string): string | undefined {
  const prefix = `${toolkit.toUpperCase()}_`;
  const rest = slug.toUpperCase().startsWith(prefix) ? slug.slice(prefix.length) : slug;
  const words = normalizeWords(
    rest
      .toLowerCase()
      .split('_')
      .filter((word) => word.length > 0),
  );
  const end = words.findIndex((word) => SLUG_PREPOSITIONS.has(word));
  const stems = withoutTrailingLightNouns(
    (end === -1 ? words : words.slice(0, end)).filter((word) => !isStopWord(word)).map(stemWord),
  );
  const verb = stems.findIndex((stem) => SLUG_VERBS.has(stem));
  if (verb === -1) return stems.at(-1);
  const after = stems.slice(verb + 1).filter((stem) => !SLUG_VERBS.has(stem));
  if (after.length > 0) return after.at(-1);
  return stems
    .slice(0, verb)
    .filter((stem) => !SLUG_VERBS.has(stem))
    .at(-1);
}

/**
 * The stem of the thing a request acts on: the last word of its first run of content words
 * (`AnalyzedQuery.objectRuns`) once the named toolkit's own name words are left out ("list xero
 * invoices" → invoice), light nouns at its end skipped ("the organization details" → organization).
 */
export function requestObject(
  runs: readonly (readonly string[])[],
  nameStems: ReadonlySet<string>,
): string | undefined {
  for (const run of runs) {
    const kept = withoutTrailingLightNouns(run.filter((stem) => !nameStems.has(stem)));
    if (kept.length > 0) return kept.at(-1);
  }
  return undefined;
}
