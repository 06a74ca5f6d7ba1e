import type { JsonSchema } from '../toolkit/toolkit-types.ts';
import { mergeAllOf } from './merge-all-of.ts';
import type { RepairReason } from './repair-reason.ts';
import { isReference, resolveRef } from './resolve-ref.ts';
import { withNull } from './schema-null.ts';
import { toPlainText } from './to-plain-text.ts';

export interface SchemaConverter {
  /** Converts one OpenAPI schema into self-contained JSON Schema; `repairs` collects what it changed. */
  convert(schema: unknown, repairs: Set<RepairReason>): JsonSchema;
}

/** Numeric keywords kept as they are when their value is a number. */
const NUMBER_KEYWORDS = [
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
] as const;
/** Keywords the converter writes itself; everything else is dropped and, unless harmless, counted. */
const HANDLED = new Set<string>([
  ...NUMBER_KEYWORDS,
  'type',
  'description',
  'enum',
  'const',
  'default',
  'format',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'uniqueItems',
  'pattern',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
]);
const OPENAPI_ONLY = new Set(['discriminator', 'xml', 'externalDocs', 'example', 'readOnly', 'writeOnly']);
/** Annotations that models do not need; dropping them is not a repair. */
const DROPPED_QUIETLY = new Set([
  'title',
  'examples',
  'deprecated',
  '$comment',
  '$schema',
  '$id',
  'nullable',
]);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
/** Formats every function-calling API accepts (Gemini refuses the others on strings). */
const KEPT_FORMATS = new Set(['date-time']);
const DESCRIPTION_LENGTH = 400;

interface ConversionState {
  repairs: Set<RepairReason>;
  /** `$ref`s being converted, outermost first: meeting one again is a cycle. */
  stack: string[];
  /** Cycles cut so far; a conversion that cut none does not depend on `stack` and can be cached. */
  cuts: number;
}

/**
 * Creates a converter from OpenAPI 3.0/3.1 schemas to the JSON Schema that function-calling APIs
 * accept: local `$ref`s inlined (cycles cut), `nullable` turned into type arrays, `oneOf` relaxed to
 * `anyOf`, object `allOf`s merged, OpenAPI-only and vendor keywords removed. Converted references are
 * cached per document, so the results share objects: treat them as read-only.
 *
 * @example
 * const converter = createSchemaConverter(document);
 * converter.convert({ $ref: '#/components/schemas/Label' }, new Set());
 */
export function createSchemaConverter(document: unknown): SchemaConverter {
  const cache = new Map<string, { schema: JsonSchema; reasons: RepairReason[] }>();

  function convertNode(input: unknown, state: ConversionState): JsonSchema {
    if (input === true || input === undefined) return {};
    if (input === false) return { not: {} };
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      state.repairs.add('invalid-keyword-removed');
      return {};
    }
    if (isReference(input)) return convertReference(input as Record<string, unknown>, state);
    return convertObject(input as Record<string, unknown>, state);
  }

  function convertReference(input: Record<string, unknown>, state: ConversionState): JsonSchema {
    const { $ref, ...siblings } = input as { $ref: string } & Record<string, unknown>;
    const hasSchemaSiblings = Object.keys(siblings).some((key) => key !== 'description' && key !== 'summary');
    if (hasSchemaSiblings) return convertObject({ ...siblings, allOf: [{ $ref }] }, state);
    const target = convertTarget($ref, state);
    if (typeof siblings.description !== 'string') return target;
    return { ...target, description: toPlainText(siblings.description, DESCRIPTION_LENGTH) };
  }

  function convertTarget(ref: string, state: ConversionState): JsonSchema {
    if (!ref.startsWith('#')) {
      state.repairs.add('external-ref-dropped');
      return {};
    }
    const cached = cache.get(ref);
    if (cached) {
      for (const reason of cached.reasons) state.repairs.add(reason);
      return cached.schema;
    }
    const target = resolveRef(document, ref);
    if (target === undefined) {
      state.repairs.add('unresolved-ref-dropped');
      return {};
    }
    if (state.stack.includes(ref)) {
      state.cuts++;
      state.repairs.add('recursive-ref-cut');
      return cutCycle(ref, target);
    }
    const outer = state.repairs;
    const cutsBefore = state.cuts;
    state.repairs = new Set();
    state.stack.push(ref);
    const schema = convertNode(target, state);
    state.stack.pop();
    const reasons = [...state.repairs];
    state.repairs = outer;
    for (const reason of reasons) outer.add(reason);
    if (state.cuts === cutsBefore) cache.set(ref, { schema, reasons });
    return schema;
  }

  function convertObject(input: Record<string, unknown>, state: ConversionState): JsonSchema {
    const output: JsonSchema = {};
    for (const key of Object.keys(input)) {
      if (HANDLED.has(key) || DROPPED_QUIETLY.has(key)) continue;
      if (key.startsWith('x-')) state.repairs.add('vendor-extension-removed');
      else if (OPENAPI_ONLY.has(key)) state.repairs.add('openapi-keyword-removed');
      else state.repairs.add('unsupported-keyword-removed');
    }
    copyType(input, output, state);
    copyDescription(input, output);
    copyValues(input, output, state);
    copyObjectKeywords(input, output, state);
    copyArrayKeywords(input, output, state);
    copyBounds(input, output, state);
    let result = applyCombinators(input, output, state);
    if (input.nullable === true) {
      state.repairs.add('nullable-converted');
      result = withNull(result);
    }
    return result;
  }

  function copyType(input: Record<string, unknown>, output: JsonSchema, state: ConversionState): void {
    const { type } = input;
    if (type === undefined) return;
    const types = (Array.isArray(type) ? type : [type]).map((name) => (name === 'file' ? 'string' : name));
    const valid = types.filter((name): name is string => typeof name === 'string' && TYPES.has(name));
    if (valid.length !== types.length) state.repairs.add('invalid-keyword-removed');
    if (valid.length > 0) output.type = Array.isArray(type) ? [...new Set(valid)] : valid[0];
  }

  function copyDescription(input: Record<string, unknown>, output: JsonSchema): void {
    const text =
      typeof input.description === 'string' ? toPlainText(input.description, DESCRIPTION_LENGTH) : '';
    const description = input.deprecated === true ? `Deprecated.${text ? ` ${text}` : ''}` : text;
    if (description) output.description = description;
  }

  function copyValues(input: Record<string, unknown>, output: JsonSchema, state: ConversionState): void {
    if (Array.isArray(input.enum)) {
      const unique = [...new Map(input.enum.map((value) => [JSON.stringify(value), value])).values()];
      if (unique.length > 0) output.enum = unique;
      if (unique.length !== input.enum.length) state.repairs.add('invalid-keyword-removed');
    }
    if ('const' in input) output.const = input.const;
    if (input.default !== undefined) output.default = input.default;
    if (typeof input.format === 'string') {
      if (KEPT_FORMATS.has(input.format)) output.format = input.format;
      else state.repairs.add('format-removed');
    }
    if (typeof input.pattern === 'string') {
      if (isValidPattern(input.pattern)) output.pattern = input.pattern;
      else state.repairs.add('invalid-pattern-removed');
    }
  }

  function copyObjectKeywords(
    input: Record<string, unknown>,
    output: JsonSchema,
    state: ConversionState,
  ): void {
    const readOnly = new Set<string>();
    if (input.properties && typeof input.properties === 'object') {
      const properties: Record<string, JsonSchema> = {};
      for (const [name, schema] of Object.entries(input.properties as Record<string, unknown>)) {
        if (isReadOnly(schema)) {
          readOnly.add(name);
          state.repairs.add('read-only-property-removed');
          continue;
        }
        properties[name] = convertNode(schema, state);
      }
      output.properties = properties;
    }
    if (Array.isArray(input.required)) {
      const names = input.required.filter((name): name is string => typeof name === 'string');
      const unique = [...new Set(names)].filter((name) => !readOnly.has(name));
      if (new Set(names).size !== input.required.length) state.repairs.add('required-deduplicated');
      if (unique.length > 0) output.required = unique;
    }
    const { additionalProperties } = input;
    if (typeof additionalProperties === 'boolean') output.additionalProperties = additionalProperties;
    else if (additionalProperties && typeof additionalProperties === 'object') {
      output.additionalProperties = convertNode(additionalProperties, state);
    }
  }

  function copyArrayKeywords(
    input: Record<string, unknown>,
    output: JsonSchema,
    state: ConversionState,
  ): void {
    if (Array.isArray(input.items)) {
      state.repairs.add('invalid-keyword-removed');
      output.prefixItems = input.items.map((item) => convertNode(item, state));
    } else if (input.items !== undefined) output.items = convertNode(input.items, state);
    if (Array.isArray(input.prefixItems)) {
      output.prefixItems = input.prefixItems.map((item) => convertNode(item, state));
    }
    if (typeof input.uniqueItems === 'boolean') output.uniqueItems = input.uniqueItems;
  }

  function copyBounds(input: Record<string, unknown>, output: JsonSchema, state: ConversionState): void {
    for (const keyword of NUMBER_KEYWORDS) {
      if (typeof input[keyword] === 'number') output[keyword] = input[keyword];
    }
    for (const [exclusive, inclusive] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      const value = input[exclusive];
      if (typeof value === 'number') output[exclusive] = value;
      else if (value === true && typeof input[inclusive] === 'number') {
        state.repairs.add('exclusive-bound-converted');
        output[exclusive] = input[inclusive];
        delete output[inclusive];
      } else if (value !== undefined && value !== false) state.repairs.add('invalid-keyword-removed');
    }
  }

  function applyCombinators(
    input: Record<string, unknown>,
    output: JsonSchema,
    state: ConversionState,
  ): JsonSchema {
    if (input.not !== undefined) output.not = convertNode(input.not, state);
    const alternatives = [input.anyOf, input.oneOf].filter(Array.isArray).flat();
    if (Array.isArray(input.oneOf)) state.repairs.add('one-of-to-any-of');
    let result = output;
    if (Array.isArray(input.allOf)) {
      const members = input.allOf.map((member) => convertNode(member, state));
      const merged = mergeAllOf(output, members);
      if (merged) state.repairs.add('all-of-merged');
      result = merged ?? { ...output, allOf: members };
    }
    if (alternatives.length > 0) {
      const converted = alternatives.map((alternative) => convertNode(alternative, state));
      const unique = [...new Map(converted.map((schema) => [JSON.stringify(schema), schema])).values()];
      const [only] = unique;
      result =
        unique.length === 1 && only
          ? (mergeAllOf(result, [only]) ?? { ...result, anyOf: unique })
          : { ...result, anyOf: unique };
    }
    return completeType(result, state);
  }

  return {
    convert(schema, repairs) {
      return convertNode(schema, { repairs, stack: [], cuts: 0 });
    },
  };
}

/** Fills in a missing `type` where the other keywords leave no doubt, and `items` for arrays. */
function completeType(schema: JsonSchema, state: ConversionState): JsonSchema {
  let result = schema;
  if (result.type === undefined && !result.anyOf && !result.allOf && !result.not) {
    const inferred = inferType(result);
    if (inferred) {
      state.repairs.add('type-inferred');
      result = { type: inferred, ...result };
    }
  }
  const types = Array.isArray(result.type) ? result.type : [result.type];
  if (types.includes('array') && result.items === undefined && result.prefixItems === undefined) {
    state.repairs.add('array-items-added');
    result = { ...result, items: {} };
  }
  return result;
}

function inferType(schema: JsonSchema): string | undefined {
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return 'object';
  if (schema.items || schema.prefixItems) return 'array';
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : [];
  if (values.length === 0) return undefined;
  if (values.every((value) => typeof value === 'string')) return 'string';
  if (values.every((value) => Number.isInteger(value))) return 'integer';
  if (values.every((value) => typeof value === 'number')) return 'number';
  if (values.every((value) => typeof value === 'boolean')) return 'boolean';
  return undefined;
}

function cutCycle(ref: string, target: unknown): JsonSchema {
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  const type = (target as { type?: unknown }).type;
  return {
    type: typeof type === 'string' ? type : 'object',
    description: `A ${name} (recursive: same shape as the enclosing ${name}).`,
  };
}

function isReadOnly(schema: unknown): boolean {
  return (
    schema !== null && typeof schema === 'object' && (schema as { readOnly?: unknown }).readOnly === true
  );
}

function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
