/**
 * The candidates within a few edits of `input` (or containing it), closest first: for "did you
 * mean" hints.
 *
 * @example
 * closestWords('toolkit', ['toolkits', 'store']); // ['toolkits']
 */
export function closestWords(input: string, candidates: readonly string[]): string[] {
  const needle = input.toLowerCase();
  return candidates
    .map((candidate) => {
      const haystack = candidate.toLowerCase();
      const distance = editDistance(needle, haystack);
      const contains = haystack.includes(needle) || needle.includes(haystack);
      return { candidate, score: contains ? distance / 4 : distance };
    })
    .filter((entry) => entry.score <= Math.max(2, needle.length * 0.34))
    .sort((left, right) => left.score - right.score)
    .map((entry) => entry.candidate);
}

function editDistance(left: string, right: string): number {
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
