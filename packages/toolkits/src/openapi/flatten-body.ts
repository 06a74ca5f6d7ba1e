import type { JsonSchema } from '../toolkit/toolkit-types.ts';
import type { RepairReason } from './repair-reason.ts';

export type FlattenedBody =
  | { kind: 'fields'; properties: Record<string, JsonSchema>; required: string[]; note?: string }
  | { kind: 'whole'; schema: JsonSchema };

/**
 * Decides how a JSON request body appears in a tool's input. An object body contributes its
 * properties as top-level fields. A union of object shapes (`anyOf`, converted from `oneOf`) contributes
 * every variant's properties, required only when every variant requires them, plus a note saying which
 * fields go together; non-object variants of such a union are dropped. Anything else (an array, a
 * primitive, a free-form map) stays whole under one field.
 *
 * @example
 * flattenBody({ type: 'object', properties: { title: { type: 'string' } }, required: ['title'] }, new Set());
 * // { kind: 'fields', properties: { title: { type: 'string' } }, required: ['title'] }
 */
export function flattenBody(schema: JsonSchema, repairs: Set<RepairReason>): FlattenedBody {
  const alternatives = Array.isArray(schema.anyOf) ? (schema.anyOf as JsonSchema[]) : undefined;
  if (!alternatives) {
    if (!isObjectShape(schema)) return { kind: 'whole', schema };
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    return { kind: 'fields', properties, required: (schema.required ?? []) as string[] };
  }
  const variants = alternatives.filter(isObjectShape);
  const hasOwnShape = schema.properties !== undefined;
  if (variants.length === 0 && !hasOwnShape) return { kind: 'whole', schema };
  if (variants.length !== alternatives.length) repairs.add('body-variants-dropped');
  repairs.add('body-variants-flattened');
  const properties: Record<string, JsonSchema> = {
    ...((schema.properties ?? {}) as Record<string, JsonSchema>),
  };
  const required = new Set((schema.required ?? []) as string[]);
  for (const variant of variants) {
    for (const [name, property] of Object.entries((variant.properties ?? {}) as Record<string, JsonSchema>)) {
      const existing = properties[name];
      if (existing === undefined) properties[name] = property;
      else if (JSON.stringify(existing) !== JSON.stringify(property)) {
        properties[name] = { anyOf: [...((existing.anyOf as JsonSchema[]) ?? [existing]), property] };
      }
    }
  }
  const variantRequired = variants.map((variant) => new Set((variant.required ?? []) as string[]));
  const [first, ...others] = variantRequired;
  for (const name of first ?? []) if (others.every((names) => names.has(name))) required.add(name);
  const sets = variants.map((variant) => Object.keys((variant.properties ?? {}) as object).join(', '));
  const distinct = [...new Set(sets.filter(Boolean))];
  const note =
    distinct.length > 1
      ? `Send one of these sets of body fields: ${distinct.map((set) => `(${set})`).join(' or ')}.`
      : undefined;
  return { kind: 'fields', properties, required: [...required], ...(note ? { note } : {}) };
}

/** An object with named properties (possibly nullable), not a free-form map. */
function isObjectShape(schema: JsonSchema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('object')) return false;
  if (schema.properties === undefined)
    return schema.additionalProperties === undefined || schema.additionalProperties === false;
  return !schema.allOf && !schema.anyOf;
}
