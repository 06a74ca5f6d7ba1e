import { isStopWord, normalizeWords, splitWords, stemWord } from './analyze-text.ts';

/** English plurals without a final s: "what did people say", "the children of this page". */
const IRREGULAR_PLURALS = new Set([
  'people',
  'folks',
  'children',
  'men',
  'women',
  'criteria',
  'indices',
  'feet',
]);

/**
 * Whether a lower-case word is written in the plural: an irregular plural, or a final s that its
 * stem does without ("runs", "branches"; not "status", "access", "analysis").
 */
export function isPlural(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (word.length < 4 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return false;
  return stemWord(word.slice(0, -1)) === stemWord(word) || word.endsWith('es');
}

/**
 * Whether a word has the shape of a past participle ("emailed", "pushed", "assigned"; not "need"): a
 * verb's form, which has no number, and after a clause's first word describes a thing ("commits
 * pushed to main") rather than asks for an action (`queryOperationKind`).
 */
export function isPastParticiple(word: string): boolean {
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed');
}

/**
 * Stems of words with the number each is written in (true: plural), each stem once; a stem written
 * both ways is left out, since it says nothing about how many, and so are past participles
 * ("emailed" is no singular of "emails") and words right before a plural ("file" in "file names").
 */
export function grammaticalNumbers(words: Iterable<string>): Map<string, boolean> {
  const numbers = new Map<string, boolean>();
  const both = new Set<string>();
  const list = [...words];
  for (const [index, word] of list.entries()) {
    if (isStopWord(word) || isPastParticiple(word)) continue;
    const stem = stemWord(word);
    const plural = isPlural(word);
    // A noun before a plural one qualifies it ("file names", "issue comments"): English writes it
    // singular whatever the count, so it says nothing about how many.
    const next = list[index + 1];
    if (!plural && next !== undefined && !isStopWord(next) && isPlural(next)) continue;
    if (numbers.has(stem) && numbers.get(stem) !== plural) both.add(stem);
    numbers.set(stem, plural);
  }
  for (const stem of both) numbers.delete(stem);
  return numbers;
}

/**
 * The numbers of the words a tool's name acts on: every word after the first, which is its verb
 * ("List workflow runs", "Get a workflow run"; "List task lists" keeps the second "lists" only).
 *
 * @example
 * nameNumbers('List workflow runs for a repository'); // Map { 'workflow' => false, 'run' => true, 'repositori' => false }
 */
export function nameNumbers(name: string): Map<string, boolean> {
  return grammaticalNumbers(normalizeWords(splitWords(name)).slice(1));
}
