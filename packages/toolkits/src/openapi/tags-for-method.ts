import type { HttpMethod, Tag } from '../toolkit/toolkit-types.ts';

/**
 * The behaviour hints an HTTP method implies: GET and HEAD read only, DELETE destructive, PUT and
 * DELETE idempotent. `openWorldHint` is left out: every API tool talks to the outside world, so the tag
 * would not tell tools apart.
 *
 * @example
 * tagsForMethod('DELETE'); // ['destructiveHint', 'idempotentHint']
 */
export function tagsForMethod(method: HttpMethod): Tag[] {
  if (method === 'GET' || method === 'HEAD') return ['readOnlyHint'];
  if (method === 'DELETE') return ['destructiveHint', 'idempotentHint'];
  if (method === 'PUT') return ['idempotentHint'];
  return [];
}
