import type { JsonSchema, ParameterMapping } from '../toolkit/toolkit-types.ts';

/** Schema fragments and parameter mappings shared by the Stripe tools. */

export const metadataSchema: JsonSchema = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description:
    'Your own key-value data stored on the object (up to 50 keys), e.g. {"order_id": "6735", "source": "agent"}. Set a key to "" to remove it.',
};

export const currencySchema: JsonSchema = {
  type: 'string',
  pattern: '^[a-z]{3}$',
  description: 'Three-letter ISO currency code in lower case, e.g. "usd", "eur".',
};

export const amountSchema = (what: string): JsonSchema => ({
  type: 'integer',
  minimum: 0,
  description: `${what} in the smallest currency unit: cents for USD, so 1999 means $19.99 (for zero-decimal currencies like JPY, 1999 means ¥1999).`,
});

export const idempotencyKeySchema: JsonSchema = {
  type: 'string',
  maxLength: 255,
  description:
    'Optional unique key (e.g. a UUID) that makes retries safe: Stripe returns the first result instead of creating a duplicate.',
};

/** List pagination fields, with `created_gte` / `created_lte` sent as Stripe's `created[gte]` / `created[lte]`. */
export const listProperties: Record<string, JsonSchema> = {
  limit: {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    description: 'How many to return, 1 to 100. Default 10.',
  },
  starting_after: {
    type: 'string',
    description:
      'Cursor for the next page: the `id` of the last object of the previous page (when `has_more` is true).',
  },
  ending_before: {
    type: 'string',
    description: 'Cursor for the previous page: the `id` of the first object of the current page.',
  },
  created_gte: {
    type: 'integer',
    description: 'Only objects created at or after this Unix timestamp (seconds), e.g. 1735689600.',
  },
  created_lte: {
    type: 'integer',
    description: 'Only objects created at or before this Unix timestamp (seconds).',
  },
};

export const listParameters: Record<string, ParameterMapping> = {
  created_gte: { in: 'query', name: 'created[gte]' },
  created_lte: { in: 'query', name: 'created[lte]' },
};

export const idempotencyParameters: Record<string, ParameterMapping> = {
  idempotency_key: { in: 'header', name: 'Idempotency-Key' },
};

export const LIST_NOTE =
  'Returns a Stripe list: `data` (newest first) and `has_more`; page on with `starting_after` set to the last `id`.';
