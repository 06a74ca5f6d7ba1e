import type { JsonSchema } from '@toolrouter/toolkits';

/** How hard `simplifySchema` cuts: nesting kept, description length, enum length. */
export interface SimplifyLevel {
  maxDepth: number;
  descriptionLength: number;
  maxEnum: number;
}

/** Tried in order until a schema fits its budget. */
export const SIMPLIFY_LEVELS: readonly SimplifyLevel[] = [
  { maxDepth: 6, descriptionLength: 300, maxEnum: 60 },
  { maxDepth: 4, descriptionLength: 160, maxEnum: 30 },
  { maxDepth: 3, descriptionLength: 100, maxEnum: 20 },
  { maxDepth: 2, descriptionLength: 80, maxEnum: 12 },
  { maxDepth: 1, descriptionLength: 60, maxEnum: 8 },
];

/**
 * A smaller copy of a converted input property schema for a model: nesting below `maxDepth` becomes
 * a bare `{ type }` (with its description), long descriptions are cut, enums longer than `maxEnum`
 * become a description listing the first values. The input is never changed.
 *
 * @example
 * simplifySchema({ type: 'string', enum: [...300 values] }, SIMPLIFY_LEVELS[0]);
 * // { type: 'string', description: 'One of 300 values, e.g. a, b, c, ...' }
 */
export function simplifySchema(schema: JsonSchema, level: SimplifyLevel, depth = 0): JsonSchema {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const result: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'description' && typeof value === 'string') {
      result.description = cut(value, depth === 0 ? level.descriptionLength : level.descriptionLength / 2);
    } else if (keyword === 'enum' && Array.isArray(value) && value.length > level.maxEnum) {
      const sample = value.slice(0, Math.min(8, level.maxEnum)).map(String).join(', ');
      const note = `One of ${value.length} values, e.g. ${sample}, ...`;
      result.description = result.description ? `${result.description} ${note}` : note;
    } else if (keyword === 'properties' && value && typeof value === 'object') {
      if (depth + 1 >= level.maxDepth) continue;
      const properties: Record<string, JsonSchema> = {};
      for (const [name, property] of Object.entries(value as Record<string, JsonSchema>)) {
        properties[name] = simplifySchema(property, level, depth + 1);
      }
      result.properties = properties;
    } else if (keyword === 'items' && value && typeof value === 'object' && !Array.isArray(value)) {
      result.items =
        depth + 1 >= level.maxDepth
          ? bare(value as JsonSchema)
          : simplifySchema(value as JsonSchema, level, depth + 1);
    } else if (keyword === 'additionalProperties' && value && typeof value === 'object') {
      result.additionalProperties =
        depth + 1 >= level.maxDepth ? true : simplifySchema(value as JsonSchema, level, depth + 1);
    } else if ((keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf') && Array.isArray(value)) {
      if (depth + 1 >= level.maxDepth) continue;
      result[keyword] = value.map((member) => simplifySchema(member as JsonSchema, level, depth + 1));
    } else if (keyword === 'required' && Array.isArray(value)) {
      result.required = value;
    } else result[keyword] = value;
  }
  if (result.required && !result.properties) delete result.required;
  if (Array.isArray(result.required) && result.properties) {
    const names = result.properties as Record<string, unknown>;
    result.required = (result.required as string[]).filter((name) => Object.hasOwn(names, name));
    if ((result.required as string[]).length === 0) delete result.required;
  }
  return result;
}

/** The type and description of a schema, nothing nested. */
function bare(schema: JsonSchema): JsonSchema {
  const result: JsonSchema = {};
  if (schema.type !== undefined) result.type = schema.type;
  if (typeof schema.description === 'string') result.description = cut(schema.description, 60);
  return result;
}

function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const head = text.slice(0, Math.max(1, Math.floor(length) - 1));
  const space = head.lastIndexOf(' ');
  return `${space > length * 0.5 ? head.slice(0, space) : head}…`;
}
