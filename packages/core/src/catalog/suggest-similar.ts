/** Up to `limit` candidates closest to `input` (substring matches first, then edit distance). */
export function suggestSimilar(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    const haystack = candidate.toLowerCase();
    const distance = editDistance(needle, haystack);
    const contains = haystack.includes(needle) || needle.includes(haystack);
    const score = contains ? distance / 4 : distance;
    if (score <= Math.max(3, needle.length * 0.4)) scored.push({ candidate, score });
  }
  return scored
    .sort((left, right) => left.score - right.score || left.candidate.localeCompare(right.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

function editDistance(left: string, right: string): number {
  if (Math.abs(left.length - right.length) > 12) return Math.abs(left.length - right.length);
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      current[column] = Math.min(
        previous[column]! + 1,
        current[column - 1]! + 1,
        previous[column - 1]! + cost,
      );
    }
    previous = current;
  }
  return previous[right.length]!;
}
