/**
 * Okapi BM25 idf of a term found in `frequency` of `count` documents: never negative, highest for a
 * term in one document.
 *
 * @example
 * okapiIdf(1329, 12); // 4.667
 */
export function okapiIdf(count: number, frequency: number): number {
  return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
}
