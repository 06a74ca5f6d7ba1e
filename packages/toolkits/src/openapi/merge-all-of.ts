import type { JsonSchema } from '../toolkit/toolkit-types.ts';

const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required', 'description', 'additionalProperties']);

/**
 * Flattens `allOf` members into one schema when that keeps the meaning: either every part only
 * describes object properties (the usual "base schema + extra fields" pattern), or a single member
 * sits beside annotations only. Returns undefined when the parts cannot be merged safely, in which case
 * the caller keeps the `allOf`. `parent` holds the keywords written next to `allOf`.
 *
 * @example
 * mergeAllOf({ description: 'A user' }, [{ type: 'object', properties: { id: {} } }, { properties: { name: {} } }]);
 * // { type: 'object', description: 'A user', properties: { id: {}, name: {} } }
 */
export function mergeAllOf(parent: JsonSchema, members: JsonSchema[]): JsonSchema | undefined {
  if (members.length === 1) {
    const [member] = members as [JsonSchema];
    const clash = Object.keys(parent).some((keyword) => keyword !== 'description' && keyword in member);
    if (!clash) return { ...member, ...parent };
  }
  const parts = [parent, ...members];
  if (!parts.every(isObjectPart)) return undefined;
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  let closed: unknown;
  for (const part of parts) {
    for (const [name, schema] of Object.entries((part.properties ?? {}) as Record<string, JsonSchema>)) {
      const existing = properties[name];
      properties[name] =
        existing === undefined || JSON.stringify(existing) === JSON.stringify(schema)
          ? schema
          : { allOf: [existing, schema] };
    }
    for (const name of (part.required ?? []) as string[]) required.add(name);
    if (part.additionalProperties !== undefined) closed = closed ?? part.additionalProperties;
  }
  const description = parts.map((part) => part.description).find((text) => typeof text === 'string');
  const merged: JsonSchema = { type: 'object' };
  if (description !== undefined) merged.description = description;
  merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  if (closed === false) merged.additionalProperties = false;
  return merged;
}

function isObjectPart(part: JsonSchema): boolean {
  if (part.type !== undefined && part.type !== 'object') return false;
  return Object.keys(part).every((keyword) => OBJECT_KEYWORDS.has(keyword));
}
