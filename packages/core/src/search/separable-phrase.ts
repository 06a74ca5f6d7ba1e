import { isStopWord } from './analyze-text.ts';
import type { QueryWord } from './query-word.ts';

/**
 * Adverb particles of English phrasal verbs ("sign up", "turn off", "hand over"). A transitive
 * phrasal verb may put its object between verb and particle: "sign them up", "turn the alerts off".
 */
const PARTICLES = new Set([
  'in',
  'on',
  'off',
  'up',
  'out',
  'over',
  'down',
  'back',
  'away',
  'through',
  'around',
  'along',
  'aside',
  'together',
  'apart',
  'forward',
]);

/**
 * Function words that may stand in the object between verb and particle: determiners and object
 * pronouns ("hand it over", "fill the form in", "loop everyone in"). Any other function word there
 * (a preposition, an auxiliary, a conjunction) means the particle belongs to another clause or phrase.
 */
const OBJECT_FUNCTION_WORDS = new Set(
  `a an the this that these those my our your his her their its it them him me us you everyone everybody
  someone somebody anyone anybody`.split(/\s+/),
);

/**
 * Words that may follow a separated particle: prepositions that open an adjunct ("loop Dana in on the
 * thread", "turn alerts off for the weekend"), conjunctions and adverbs of time. A determiner or a
 * content word after it makes it a preposition with its own object ("log the hours in the tracker").
 */
const AFTER_PARTICLE = new Set(
  `on for to with at from about by before after until till during so and but then or as when while once if
  now too again please today tonight tomorrow asap already instead also`.split(/\s+/),
);

/** Most words between a verb and its separated particle: a short object, not a clause. */
export const MAX_PARTICLE_GAP = 3;

/**
 * Whether a concept phrase is a verb and a particle that English lets stand apart: two words, a
 * content word then a particle ("loop in", "turn off"). "is down" (a function word first) is not.
 */
export function isSeparablePhrase(words: readonly string[]): boolean {
  return words.length === 2 && !isStopWord(words[0]!) && PARTICLES.has(words[1]!);
}

/**
 * Whether the verb at `position` and a particle one to `MAX_PARTICLE_GAP` words later form the
 * separated phrasal verb `[verb, particle]` (stems): "loop Dana in", "sign them up", "turn the alerts
 * off". The gap holds only content words, determiners and object pronouns, all in the verb's clause;
 * the particle ends the clause or comes before a preposition, conjunction or adverb of time.
 *
 * @example
 * matchesSeparatedAt(words('turn the alerts off'), 0, ['turn', 'off']); // true
 * matchesSeparatedAt(words('turn the page in the book'), 0, ['turn', 'in']); // false
 */
export function matchesSeparatedAt(
  words: readonly QueryWord[],
  position: number,
  [verb, particle]: readonly string[],
): boolean {
  const first = words[position];
  if (first === undefined || first.stem !== verb || first.weight !== 1) return false;
  for (let gap = 1; gap <= MAX_PARTICLE_GAP; gap++) {
    const between = words[position + gap];
    if (between === undefined || between.clause !== first.clause) return false;
    if (isStopWord(between.word) && !OBJECT_FUNCTION_WORDS.has(between.word)) return false;
    const candidate = words[position + gap + 1];
    if (candidate === undefined || candidate.clause !== first.clause) return false;
    if (candidate.stem !== particle || candidate.weight !== 1) continue;
    const after = words[position + gap + 2];
    return after === undefined || after.clause !== first.clause || AFTER_PARTICLE.has(after.word);
  }
  return false;
}
