import type { QueryWord } from './query-word.ts';

/**
 * A file's name: `package.json`, `src/app.ts`, `budget.xlsx`, or a well-known name without an extension
 * that is no English word (`Dockerfile`, `Makefile`, `CODEOWNERS`; not "license" or "readme").
 */
export const FILE_NAME =
  /\b[\w.-]+\.(?:ts|tsx|js|jsx|json|md|ya?ml|py|go|rs|rb|java|txt|csv|pdf|png|jpe?g|gif|svg|docx?|xlsx?|pptx?|zip)\b|\b(?:Dockerfile|Containerfile|Makefile|Jenkinsfile|Gemfile|Procfile|Rakefile|Vagrantfile|Brewfile|CODEOWNERS)\b/i;

/** Words that open a phrase of place: "on the main branch", "from tag v2". */
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'from', 'at', 'of']);

/** Version-control places a file is read from. */
const REF_NOUNS = new Set(['branch', 'tag', 'commit', 'ref', 'revision']);

/** Most words between the preposition and the place's noun ("on the release-2 branch"). */
const PLACE_REACH = 3;

/**
 * Lowers to `weight` the words of a place a named file is read from ("show package.json on the main
 * branch", "read src/app.ts from tag v2"): the file is what the request acts on, the branch only says
 * which version. Without a file named, the branch may be the very thing asked about ("protect the
 * main branch") and nothing changes. Words already weighed lower keep their weight.
 *
 * @example
 * markFileLocation(words('read package.json on the main branch'), 'read package.json on the main branch', 0.25); // "on the main branch" at 0.25
 */
export function markFileLocation(words: QueryWord[], query: string, weight: number): void {
  if (!FILE_NAME.test(query)) return;
  for (let index = 0; index < words.length; index++) {
    if (!PLACE_PREPOSITIONS.has(words[index]!.word)) continue;
    const clause = words[index]!.clause;
    for (let end = index + 1; end <= index + PLACE_REACH && end < words.length; end++) {
      if (words[end]!.clause !== clause) break;
      if (!REF_NOUNS.has(words[end]!.word)) continue;
      for (let position = index; position <= end; position++) {
        const word = words[position]!;
        if (word.weight > weight) word.weight = weight;
      }
      index = end;
      break;
    }
  }
}

/** Verbs that put a thing somewhere: "put the pdf in the Legal folder", "save it into drive folder X". */
const PUTTING = new Set(
  'put place park drop save upload move copy file stash store add send attach'.split(' '),
);

/** Prepositions of a destination. */
const INTO = new Set(['in', 'into', 'to', 'under', 'inside', 'onto']);

/** Nouns of a folder a thing is put in. */
const FOLDER_NOUNS = new Set(['folder', 'folders', 'directory', 'dir', 'subfolder']);

/**
 * Lowers to `weight` the folder a request puts something in ("put the signed pdf in the Legal folder",
 * "park it in drive folder 1Fin…"): where the thing goes, not the thing acted on, so a tool that makes
 * folders does not win over the one that stores the file. Only in a clause whose verb puts; "what's in
 * the Contracts folder" and "create a folder in the Legal folder" keep their object. Words already
 * weighed lower keep their weight.
 *
 * @example
 * markDestinationFolder(words('put the pdf in the Legal folder'), 0.25); // "in the Legal folder" at 0.25
 */
export function markDestinationFolder(words: QueryWord[], weight: number): void {
  const putting = new Set(
    words.filter((word) => word.weight === 1 && PUTTING.has(word.word)).map((word) => word.clause),
  );
  for (let index = 0; index < words.length; index++) {
    const preposition = words[index]!;
    if (!INTO.has(preposition.word) || !putting.has(preposition.clause)) continue;
    for (let end = index + 1; end <= index + PLACE_REACH && end < words.length; end++) {
      if (words[end]!.clause !== preposition.clause) break;
      if (!FOLDER_NOUNS.has(words[end]!.word)) continue;
      for (const word of words.slice(index, end + 1)) if (word.weight > weight) word.weight = weight;
      index = end;
      break;
    }
  }
}
