import type { JsonSchema } from '../toolkit/toolkit-types.ts';

/**
 * Lets `schema` also accept `null`, the JSON Schema way (OpenAPI 3.0 wrote `nullable: true`): `null`
 * joins the type list and the enum; a schema without a type becomes `anyOf [schema, { type: 'null' }]`.
 * Never mutates `schema`.
 *
 * @example
 * withNull({ type: 'string', enum: ['a'] }); // { type: ['string', 'null'], enum: ['a', null] }
 */
export function withNull(schema: JsonSchema): JsonSchema {
  const { type } = schema;
  if (Object.keys(schema).every((keyword) => keyword === 'description')) return schema;
  if (typeof type === 'string' || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type];
    const result: JsonSchema = { ...schema, type: types.includes('null') ? types : [...types, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) result.enum = [...schema.enum, null];
    return result;
  }
  if (Array.isArray(schema.anyOf)) {
    const alternatives = schema.anyOf as JsonSchema[];
    if (alternatives.some((alternative) => alternative.type === 'null')) return schema;
    return { ...schema, anyOf: [...alternatives, { type: 'null' }] };
  }
  const { description, ...rest } = schema;
  return {
    ...(description === undefined ? {} : { description }),
    anyOf: [rest, { type: 'null' }],
  };
}
