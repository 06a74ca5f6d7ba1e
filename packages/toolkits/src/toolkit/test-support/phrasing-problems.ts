/**
 * What is wrong with a table of phrasings (slug → phrasings), one line per problem: a tool with fewer
 * than `min` or more than `max`, a phrasing of under 3 or over 14 words or ending in a period, and a
 * phrasing given twice in the table (to one tool or two). Empty when the table is sound. Slugs that
 * name no tool are `withPhrasings`'s to refuse.
 *
 * @example
 * expect(phrasingProblems(slackPhrasings, { min: 6, max: 8 })).toEqual([]);
 */
export function phrasingProblems(
  table: Readonly<Record<string, readonly string[]>>,
  { min, max }: { min: number; max: number },
): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const [slug, phrasings] of Object.entries(table)) {
    if (phrasings.length < min || phrasings.length > max) {
      problems.push(`${slug}: ${phrasings.length} phrasings, not ${min} to ${max}`);
    }
    for (const phrasing of phrasings) {
      const words = phrasing.trim().split(/\s+/).length;
      if (words < 3 || words > 14) problems.push(`${slug}: '${phrasing}' has ${words} words, not 3 to 14`);
      if (phrasing.endsWith('.')) problems.push(`${slug}: '${phrasing}' ends in a period`);
      const key = phrasing.toLowerCase();
      const owner = owners.get(key);
      if (owner !== undefined) problems.push(`${slug}: '${phrasing}' is also given to ${owner}`);
      else owners.set(key, slug);
    }
  }
  return problems;
}
