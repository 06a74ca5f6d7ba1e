import { analyzeQuery } from '../analyze-query.ts';
import { stemWord } from '../analyze-text.ts';

/**
 * The weight `analyzeQuery` gives `word` (compared by stem) in `query`: 1 for the query's own words,
 * less for words a concept or synonym brings in, 0 when the query does not bring it in at all.
 *
 * @example
 * queryTermWeight('nuke the old repo', 'delete'); // between 0 and 1
 */
export function queryTermWeight(query: string, word: string): number {
  return analyzeQuery(query).terms.find((term) => term.term === stemWord(word))?.weight ?? 0;
}
