import type { JsonSchema } from '@toolrouter/core';

type Schema = JsonSchema;

/** Keywords OpenAI strict mode accepts; every other keyword is removed. */
const KEPT_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'anyOf',
  '$ref',
  '$defs',
  'definitions',
  'title',
  'description',
  'pattern',
  'format',
  'multipleOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
]);

/** String formats strict mode understands; other formats are removed. */
const KEPT_FORMATS = new Set([
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid',
]);

const OBJECT_JSON_NOTE = 'A JSON object, as text.';
const ANY_JSON_NOTE = 'A JSON value, as text.';

/**
 * Rewrites a tool's JSON Schema into what OpenAI strict mode accepts: every object lists all its
 * properties as required and sets `additionalProperties: false`, optional properties become nullable,
 * `oneOf` becomes `anyOf`, object `allOf` members are merged, and keywords strict mode rejects
 * (`minLength`, `default`, `not`, `if`, ...) are removed. Objects with free-form keys cannot be strict,
 * so they become JSON text (or, where the schema already allows a string, the string alone).
 * `toStrictArguments` turns the model's strict arguments back into what the original schema expects.
 *
 * @example
 * toStrictJsonSchema({ type: 'object', properties: { q: { type: 'string' }, limit: { type: 'integer' } }, required: ['q'] });
 * // { type: 'object', properties: { q: { type: 'string' }, limit: { type: ['integer', 'null'] } },
 * //   required: ['q', 'limit'], additionalProperties: false }
 */
export function toStrictJsonSchema(schema: JsonSchema): JsonSchema {
  const root = strictNode(schema);
  if (isObjectSchema(root) && !isJsonText(schema)) return root;
  // A strict tool takes an object; a root that cannot be one takes no arguments.
  return { type: 'object', properties: {}, required: [], additionalProperties: false };
}

function strictNode(schema: unknown): Schema {
  if (!isRecord(schema)) return jsonTextSchema(undefined, ANY_JSON_NOTE);
  const merged = mergeAllOf(schema);
  if (isFreeForm(merged)) return freeFormReplacement(merged);

  const result: Schema = {};
  for (const [keyword, value] of Object.entries(merged)) {
    if (keyword === 'oneOf' && Array.isArray(value)) result.anyOf = value.map(strictNode);
    else if (!KEPT_KEYWORDS.has(keyword)) continue;
    else if (keyword === 'format' && !KEPT_FORMATS.has(String(value))) continue;
    else if (keyword === 'anyOf' && Array.isArray(value)) result.anyOf = value.map(strictNode);
    else if (keyword === 'items') result.items = strictNode(Array.isArray(value) ? value[0] : value);
    else if ((keyword === '$defs' || keyword === 'definitions') && isRecord(value)) {
      result[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, node]) => [name, strictNode(node)]),
      );
    } else if (keyword !== 'properties' && keyword !== 'required' && keyword !== 'additionalProperties') {
      result[keyword] = value;
    }
  }
  if (allowsType(merged, 'array') && result.items === undefined) result.items = strictNode(undefined);
  if (allowsType(merged, 'object') || isRecord(merged.properties)) {
    const properties = isRecord(merged.properties) ? merged.properties : {};
    const required = new Set(Array.isArray(merged.required) ? merged.required.map(String) : []);
    result.properties = Object.fromEntries(
      Object.entries(properties).map(([key, node]) => {
        const strict = strictNode(node);
        return [key, required.has(key) || allowsNull(node) ? strict : nullable(strict)];
      }),
    );
    result.required = Object.keys(properties);
    result.additionalProperties = false;
    if (result.type === undefined) result.type = 'object';
  }
  return result;
}

/** An object whose keys are free-form (no `properties`), or a schema with no type constraint at all. */
function isFreeForm(schema: Schema): boolean {
  if (isRecord(schema.properties)) return false;
  if (allowsType(schema, 'object')) return true;
  const constrained = ['type', 'anyOf', 'oneOf', 'enum', 'const', '$ref'].some(
    (keyword) => keyword in schema,
  );
  return !constrained;
}

/** A free-form object as strict mode can carry it: the string it already allows, or JSON text. */
function freeFormReplacement(schema: Schema): Schema {
  const types = typesOf(schema).filter((type) => type !== 'object');
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  const note = allowsType(schema, 'object') ? OBJECT_JSON_NOTE : ANY_JSON_NOTE;
  if (types.includes('string')) {
    return {
      type: types.length === 1 ? 'string' : types,
      description: description ? `${description} ${note}` : note,
    };
  }
  const base = jsonTextSchema(description, note);
  return types.includes('null') ? { ...base, type: ['string', 'null'] } : base;
}

function jsonTextSchema(description: string | undefined, note: string): Schema {
  return { type: 'string', description: description ? `${description} ${note}` : note };
}

/** True when the original schema is carried as JSON text in strict mode (so its value must be parsed back). */
export function isJsonText(schema: unknown): boolean {
  if (!isRecord(schema)) return schema !== false;
  const merged = mergeAllOf(schema);
  return isFreeForm(merged) && !typesOf(merged).includes('string');
}

function nullable(schema: Schema): Schema {
  if (allowsNull(schema)) return schema;
  const types = typesOf(schema);
  // Scalars and arrays take a type list; objects (and consts, refs, unions) are wrapped in anyOf.
  if (types.length > 0 && !types.includes('object') && !('const' in schema)) {
    const withNull: Schema = { ...schema, type: [...types, 'null'] };
    if (Array.isArray(schema.enum)) withNull.enum = [...schema.enum, null];
    return withNull;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

/** Merges `allOf` members into their parent (properties, required and the other keywords). */
export function mergeAllOf(schema: Schema): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  let merged: Schema = rest;
  for (const member of allOf as unknown[]) {
    if (!isRecord(member)) continue;
    const part = mergeAllOf(member);
    merged = {
      ...part,
      ...merged,
      properties: {
        ...(isRecord(merged.properties) ? merged.properties : {}),
        ...(isRecord(part.properties) ? part.properties : {}),
      },
      required: [...new Set([...asStrings(merged.required), ...asStrings(part.required)])],
    };
  }
  if (Object.keys(merged.properties as object).length === 0) delete merged.properties;
  if ((merged.required as string[]).length === 0) delete merged.required;
  return merged;
}

export function allowsNull(schema: unknown): boolean {
  if (!isRecord(schema)) return schema === true;
  if (schema.nullable === true || schema.const === null) return true;
  if (typesOf(schema).includes('null')) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  const branches = [schema.anyOf, schema.oneOf].filter(Array.isArray).flat();
  return branches.some(allowsNull);
}

function allowsType(schema: Schema, type: string): boolean {
  return typesOf(schema).includes(type);
}

function typesOf(schema: Schema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  return Array.isArray(schema.type) ? schema.type.map(String) : [];
}

function isObjectSchema(schema: Schema): boolean {
  return schema.type === 'object' && isRecord(schema.properties);
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
