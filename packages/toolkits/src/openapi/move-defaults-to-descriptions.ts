import type { JsonSchema } from '../toolkit/toolkit-types.ts';

const SUBSCHEMA_LISTS = ['anyOf', 'allOf', 'prefixItems'] as const;
const SUBSCHEMAS = ['items', 'additionalProperties', 'not'] as const;
const SHORT_VALUE = 60;

/**
 * Replaces every `default` in an input schema by a sentence in its description ("Default: `30`.").
 * In OpenAPI a default is what the server assumes when a field is left out; a validator that fills
 * defaults in (Ajv's `useDefaults`) would instead send them, and on a PATCH that silently resets
 * fields the caller never meant to touch (GitHub's "update a repository" would make it public again).
 * Returns `schema` itself when it holds no default, so shared sub-schemas stay shared.
 *
 * @example
 * moveDefaultsToDescriptions({ type: 'boolean', description: 'Private.', default: false });
 * // { type: 'boolean', description: 'Private. Default: `false`.' }
 */
export function moveDefaultsToDescriptions(schema: JsonSchema): JsonSchema {
  let result = schema;
  const change = (keyword: string, value: unknown) => {
    if (result === schema) result = { ...schema };
    result[keyword] = value;
  };
  if (schema.properties && typeof schema.properties === 'object') {
    const properties = schema.properties as Record<string, JsonSchema>;
    let changed: Record<string, JsonSchema> | undefined;
    for (const [name, property] of Object.entries(properties)) {
      const moved = moveDefaultsToDescriptions(property);
      if (moved !== property) changed = { ...(changed ?? properties), [name]: moved };
    }
    if (changed) change('properties', changed);
  }
  for (const keyword of SUBSCHEMAS) {
    const value = schema[keyword];
    if (!value || typeof value !== 'object') continue;
    const moved = moveDefaultsToDescriptions(value as JsonSchema);
    if (moved !== value) change(keyword, moved);
  }
  for (const keyword of SUBSCHEMA_LISTS) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    const moved = list.map((item: JsonSchema) => moveDefaultsToDescriptions(item));
    if (moved.some((item, index) => item !== list[index])) change(keyword, moved);
  }
  if (!('default' in schema)) return result;
  if (result === schema) result = { ...schema };
  const { default: value, ...rest } = result;
  const text = JSON.stringify(value);
  if (value === undefined || value === null || text.length > SHORT_VALUE) return rest;
  const note = `Default: \`${typeof value === 'string' ? value : text}\`.`;
  const description =
    typeof rest.description === 'string' && rest.description ? `${rest.description} ${note}` : note;
  return { ...rest, description };
}
