import { toUpperSnake } from './to-upper-snake.ts';

/**
 * Tool slugs for a document's operations, in document order: the prefix plus the operationId in
 * UPPER_SNAKE, or the method and path when there is no operationId. A slug already taken gets the
 * first free numeric suffix (`_2`, `_3`, ...), so the same document always yields the same slugs,
 * whatever `include`/`exclude` later keep.
 *
 * @example
 * toOperationSlugs([{ method: 'post', path: '/repos/{owner}/{repo}/issues', operation: { operationId: 'issues/create' } }], 'GITHUB_');
 * // ['GITHUB_ISSUES_CREATE']
 */
export function toOperationSlugs(
  operations: Array<{ method: string; path: string; operation: { operationId?: string } }>,
  prefix: string,
): string[] {
  const normalizedPrefix = prefix ? `${toUpperSnake(prefix)}_` : '';
  const bases = operations.map(({ method, path, operation }) => {
    const name = toUpperSnake(operation.operationId || `${method} ${path}`) || method.toUpperCase();
    const slug = `${normalizedPrefix}${name}`;
    return /^[A-Z]/.test(slug) ? slug : `OP_${slug}`;
  });
  const taken = new Set<string>();
  const natural = new Set(bases);
  return bases.map((base) => {
    let slug = base;
    for (let suffix = 2; taken.has(slug) || (slug !== base && natural.has(slug)); suffix++) {
      slug = `${base}_${suffix}`;
    }
    taken.add(slug);
    return slug;
  });
}
