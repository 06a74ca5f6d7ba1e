import type { JsonSchema } from '@toolrouter/toolkits';
import { ValidationError } from '../errors/validation-error.ts';

/**
 * A schema library object that can describe itself as JSON Schema: Zod 4 (`toJSONSchema()`), or any
 * schema implementing Standard JSON Schema (`~standard.jsonSchema.input()`).
 */
export interface StandardJsonSchemaLike {
  '~standard'?: { jsonSchema?: { input(options: { target: string }): unknown } };
  toJSONSchema?: () => unknown;
}

/** Plain JSON Schema passes through; a Zod / Standard JSON Schema object is converted once. */
export function toJsonSchema(schema: JsonSchema | StandardJsonSchemaLike, slug: string): JsonSchema {
  let result: unknown = schema;
  const standard = (schema as StandardJsonSchemaLike)['~standard'];
  if (standard?.jsonSchema) result = standard.jsonSchema.input({ target: 'draft-2020-12' });
  else if (typeof (schema as StandardJsonSchemaLike).toJSONSchema === 'function')
    result = (schema as StandardJsonSchemaLike).toJSONSchema!();
  else if (standard) {
    throw new ValidationError({
      field: 'inputSchema',
      message: `Custom tool '${slug}': this schema library cannot export JSON Schema; pass a JSON Schema (for Zod 3, zod-to-json-schema).`,
    });
  }
  if (!result || typeof result !== 'object' || (result as JsonSchema).type !== 'object') {
    throw new ValidationError({
      field: 'inputSchema',
      message: `Custom tool '${slug}': inputSchema must describe an object (type: 'object').`,
    });
  }
  const { $schema: _ignored, ...rest } = result as JsonSchema;
  return rest;
}
