import { createRequire } from 'node:module';

/** The `synonyms` package's dictionary: word → part of speech (`n`, `v`, `a`, `s`, `r`) → synonyms. */
type SynonymDictionary = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** Synonyms kept per part of speech: WordNet lists the closest first, and the tail drifts far. */
export const SYNONYMS_PER_SENSE = 4;

let dictionary: SynonymDictionary | undefined;

/**
 * General English synonyms of one lower-case word, from WordNet (the `synonyms` package, shipped with
 * its data; nothing is downloaded): `remove` → take, withdraw, transfer. Empty for unknown words. The
 * dictionary (~0.7 MB) loads on the first call.
 *
 * @example
 * englishSynonyms('grab'); // ['seize']
 */
export function englishSynonyms(word: string): string[] {
  dictionary ??= (createRequire(import.meta.url)('synonyms') as { dictionary: SynonymDictionary }).dictionary;
  const entry = Object.hasOwn(dictionary, word) ? dictionary[word] : undefined;
  if (entry === undefined) return [];
  const found = new Set<string>();
  for (const list of Object.values(entry)) {
    for (const synonym of list.slice(0, SYNONYMS_PER_SENSE)) {
      if (synonym !== word && /^[a-z][a-z -]+$/.test(synonym)) found.add(synonym);
    }
  }
  return [...found];
}
