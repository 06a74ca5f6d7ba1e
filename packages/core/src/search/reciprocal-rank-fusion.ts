/** The usual RRF constant: damps the difference between the very first ranks. */
export const RRF_K = 60;

/**
 * Fuses several rankings (lists of ids, best first) by reciprocal rank fusion: each id scores
 * the sum of `1 / (k + rank)` over the rankings it appears in. Ties are broken by id.
 *
 * @example
 * reciprocalRankFusion([['a', 'b'], ['b', 'c']]); // [{ id: 'b', ... }, { id: 'a', ... }, { id: 'c', ... }]
 */
export function reciprocalRankFusion(
  rankings: readonly (readonly string[])[],
  k: number = RRF_K,
): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, index) => {
      scores.set(id, (scores.get(id) ?? 0) + 1 / (k + index + 1));
    });
  }
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort(
      (left, right) => right.score - left.score || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
    );
}
