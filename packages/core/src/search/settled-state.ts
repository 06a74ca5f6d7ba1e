import { isPastParticiple } from './grammatical-number.ts';
import type { QueryWord } from './query-word.ts';

/** States that need no "-ed" to be done: "it's already final", "already sent", "already paid". */
const SETTLED_STATES = new Set(['final', 'done', 'sent', 'paid', 'gone', 'live', 'built', 'made', 'set']);

/** Words between "already" and the state: "already been sent", "already being". */
const AUXILIARY_FILLERS = new Set(['been', 'be', 'being', 'got', 'gotten']);

/**
 * Lowers to `weight` a state that "already" holds ("in_1Pb is already finalized, send it again", "it's
 * already final"): what has been done is not what the request asks to do.
 *
 * @example
 * markSettledState(words('the invoice is already finalized so send it'), 0.25); // "finalized" at 0.25
 */
export function markSettledState(words: QueryWord[], weight: number): void {
  words.forEach((word, index) => {
    if (word.word !== 'already') return;
    let next = index + 1;
    while (AUXILIARY_FILLERS.has(words[next]?.word ?? '')) next++;
    const state = words[next];
    if (state === undefined || state.clause !== word.clause) return;
    if (!isPastParticiple(state.word) && !SETTLED_STATES.has(state.word)) return;
    if (state.weight > weight) state.weight = weight;
  });
}
