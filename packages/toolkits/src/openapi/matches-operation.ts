/** Picks operations by operationId, tag or tool slug: an exact string or a RegExp. */
export type OperationFilter = string | RegExp;

/**
 * Whether any filter matches any of an operation's names (its operationId, its tags, its tool slug).
 *
 * @example
 * matchesOperation(['issues', /^pulls\//], ['issues/create', 'issues', 'GITHUB_ISSUES_CREATE']); // true
 */
export function matchesOperation(filters: OperationFilter | OperationFilter[], names: string[]): boolean {
  const list = Array.isArray(filters) ? filters : [filters];
  return list.some((filter) =>
    names.some((name) => {
      if (typeof filter === 'string') return filter === name;
      filter.lastIndex = 0;
      return filter.test(name);
    }),
  );
}
