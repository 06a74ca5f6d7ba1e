import type { JsonSchema } from '@toolrouter/core';
import { allowsNull, isJsonText, isRecord, mergeAllOf } from './to-strict-json-schema.ts';

/**
 * Turns arguments a model wrote against `toStrictJsonSchema(schema)` back into what `schema` expects:
 * `null` for an optional property that does not allow null means "omitted" and is removed, and
 * free-form objects sent as JSON text are parsed. Anything else is left for validation to judge.
 *
 * @example
 * restoreStrictArguments({ type: 'object', properties: { q: { type: 'string' }, limit: { type: 'integer' } }, required: ['q'] },
 *   { q: 'bugs', limit: null });
 * // { q: 'bugs' }
 */
export function restoreStrictArguments(schema: JsonSchema, value: unknown): unknown {
  return restore(schema, value, schema, 0);
}

function restore(node: unknown, value: unknown, root: JsonSchema, depth: number): unknown {
  if (depth > 64) return value;
  const resolved = resolveReference(node, root);
  if (typeof value === 'string' && isJsonText(resolved)) return parseJson(value);
  if (!isRecord(resolved)) return value;
  const schema = mergeAllOf(resolved);
  if (Array.isArray(value)) {
    const items = Array.isArray(schema.items) ? schema.items[0] : schema.items;
    return value.map((item) => restore(items, item, root, depth + 1));
  }
  if (!isRecord(value) || !isRecord(schema.properties)) return value;
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const restored: Record<string, unknown> = { ...value };
  for (const [key, property] of Object.entries(schema.properties)) {
    if (!(key in restored)) continue;
    if (restored[key] === null && !required.has(key) && !allowsNull(resolveReference(property, root))) {
      delete restored[key];
    } else {
      restored[key] = restore(property, restored[key], root, depth + 1);
    }
  }
  return restored;
}

/** Follows a local `$ref` (`#/$defs/Name`, `#/definitions/Name`, any `#/...` pointer) within the root schema. */
function resolveReference(node: unknown, root: JsonSchema): unknown {
  let current = node;
  for (let hops = 0; hops < 16 && isRecord(current) && typeof current.$ref === 'string'; hops++) {
    const reference = current.$ref as string;
    if (!reference.startsWith('#')) return current;
    let target: unknown = root;
    for (const segment of reference.slice(1).split('/').filter(Boolean)) {
      const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
      target = isRecord(target) ? target[key] : undefined;
    }
    if (target === undefined) return current;
    current = target;
  }
  return current;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
