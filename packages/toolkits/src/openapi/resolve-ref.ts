/**
 * Follows a local JSON reference (`#/components/schemas/Issue`) inside `document`. Returns undefined
 * for a reference that is not local or points nowhere.
 *
 * @example
 * resolveRef(document, '#/components/parameters/owner'); // { name: 'owner', in: 'path', ... }
 */
export function resolveRef(document: unknown, ref: string): unknown {
  if (ref === '#') return document;
  if (!ref.startsWith('#/')) return undefined;
  let target: unknown = document;
  for (const encoded of ref.slice(2).split('/')) {
    const key = decodeURIComponent(encoded).replaceAll('~1', '/').replaceAll('~0', '~');
    if (target === null || typeof target !== 'object' || !Object.hasOwn(target, key)) return undefined;
    target = (target as Record<string, unknown>)[key];
  }
  return target;
}

/** Whether `value` is a `{ $ref }` object. */
export function isReference(
  value: unknown,
): value is { $ref: string; description?: string; summary?: string } {
  return (
    value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string'
  );
}

/**
 * Resolves a reference to a non-schema component (parameter, request body, security scheme), following
 * chains of references. Returns undefined when the chain is broken or loops.
 */
export function dereference<T>(document: unknown, value: T | { $ref: string }): T | undefined {
  let current: unknown = value;
  for (let hops = 0; isReference(current); hops++) {
    if (hops > 20) return undefined;
    current = resolveRef(document, current.$ref);
  }
  return current as T | undefined;
}
