import { MULTI_EXECUTE_INPUT_SCHEMA, SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import { describe, expect, it } from 'vitest';
import { restoreStrictArguments } from './restore-strict-arguments.ts';
import { toStrictJsonSchema } from './to-strict-json-schema.ts';

/** Walks a strict schema and fails on anything OpenAI strict mode rejects. */
function assertStrict(node: unknown, path = '$'): void {
  if (typeof node !== 'object' || node === null) throw new Error(`${path} is not a schema object`);
  const schema = node as Record<string, any>;
  for (const keyword of [
    'oneOf',
    'allOf',
    'not',
    'if',
    'then',
    'else',
    'minLength',
    'maxLength',
    'default',
    'patternProperties',
  ]) {
    expect(schema, `${path}.${keyword}`).not.toHaveProperty(keyword);
  }
  const types = [schema.type].flat();
  if (types.includes('object')) {
    expect(schema.additionalProperties, `${path}.additionalProperties`).toBe(false);
    expect(schema.required, `${path}.required`).toEqual(Object.keys(schema.properties));
  }
  if (types.includes('array')) expect(schema.items, `${path}.items`).toBeDefined();
  for (const [key, child] of Object.entries(schema.properties ?? {})) assertStrict(child, `${path}.${key}`);
  if (schema.items) assertStrict(schema.items, `${path}[]`);
  for (const [index, branch] of (schema.anyOf ?? []).entries()) assertStrict(branch, `${path}|${index}`);
  for (const [name, definition] of Object.entries(schema.$defs ?? {}))
    assertStrict(definition, `${path}#${name}`);
}

describe('toStrictJsonSchema', () => {
  it('requires every property, makes optional ones nullable and closes every object', () => {
    const strict = toStrictJsonSchema({
      type: 'object',
      properties: {
        q: { type: 'string', minLength: 1, description: 'Search words.' },
        limit: { type: 'integer', minimum: 1, default: 30 },
        state: { type: 'string', enum: ['open', 'closed'] },
        owner: { type: 'object', properties: { login: { type: 'string' } } },
        cursor: { type: ['string', 'null'] },
      },
      required: ['q'],
    });
    expect(strict).toEqual({
      type: 'object',
      properties: {
        q: { type: 'string', description: 'Search words.' },
        limit: { type: ['integer', 'null'], minimum: 1 },
        state: { type: ['string', 'null'], enum: ['open', 'closed', null] },
        owner: {
          anyOf: [
            {
              type: 'object',
              properties: { login: { type: ['string', 'null'] } },
              required: ['login'],
              additionalProperties: false,
            },
            { type: 'null' },
          ],
        },
        cursor: { type: ['string', 'null'] },
      },
      required: ['q', 'limit', 'state', 'owner', 'cursor'],
      additionalProperties: false,
    });
    assertStrict(strict);
  });

  it('rewrites the meta-tool schemas: MULTI_EXECUTE arguments become the string they already allow', () => {
    const strict = toStrictJsonSchema(MULTI_EXECUTE_INPUT_SCHEMA) as any;
    assertStrict(strict);
    assertStrict(toStrictJsonSchema(SEARCH_TOOLS_INPUT_SCHEMA));
    const call = strict.properties.tools.items;
    expect(call.properties.arguments).toEqual({
      type: 'string',
      description:
        "Arguments matching the tool's input_schema (an object; a JSON string is accepted). A JSON object, as text.",
    });
    expect(call.properties.account.type).toEqual(['string', 'null']);
    expect(strict.properties.tools).toMatchObject({ type: 'array', minItems: 1, maxItems: 50 });
    expect(strict.properties.thought.type).toEqual(['string', 'null']);
  });

  it('turns free-form objects into JSON text, oneOf into anyOf and merges allOf', () => {
    const strict = toStrictJsonSchema({
      type: 'object',
      properties: {
        metadata: { type: 'object', additionalProperties: { type: 'string' }, description: 'Labels.' },
        value: {},
        target: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        body: {
          allOf: [
            { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
            { properties: { b: { type: 'integer' } } },
          ],
        },
        ids: { type: 'array' },
      },
      required: ['metadata', 'value', 'target', 'body', 'ids'],
      additionalProperties: false,
    }) as any;
    assertStrict(strict);
    expect(strict.properties.metadata).toEqual({
      type: 'string',
      description: 'Labels. A JSON object, as text.',
    });
    expect(strict.properties.value).toEqual({ type: 'string', description: 'A JSON value, as text.' });
    expect(strict.properties.target).toEqual({ anyOf: [{ type: 'string' }, { type: 'integer' }] });
    expect(strict.properties.body).toEqual({
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: ['integer', 'null'] } },
      required: ['a', 'b'],
      additionalProperties: false,
    });
    expect(strict.properties.ids.items).toEqual({ type: 'string', description: 'A JSON value, as text.' });
  });

  it('rewrites $defs and keeps references, wrapping optional ones as nullable', () => {
    const strict = toStrictJsonSchema({
      type: 'object',
      properties: { user: { $ref: '#/$defs/user' } },
      $defs: {
        user: { type: 'object', properties: { name: { type: 'string', maxLength: 10 } }, required: ['name'] },
      },
    }) as any;
    assertStrict(strict);
    expect(strict.properties.user).toEqual({ anyOf: [{ $ref: '#/$defs/user' }, { type: 'null' }] });
    expect(strict.$defs.user).toEqual({
      type: 'object',
      properties: { name: { type: 'string' } },
      required: ['name'],
      additionalProperties: false,
    });
  });

  it('gives a tool with a free-form root an empty closed object', () => {
    expect(toStrictJsonSchema({ type: 'object' })).toEqual({
      type: 'object',
      properties: {},
      required: [],
      additionalProperties: false,
    });
  });

  it('leaves the original schema untouched', () => {
    const original = structuredClone(MULTI_EXECUTE_INPUT_SCHEMA);
    toStrictJsonSchema(MULTI_EXECUTE_INPUT_SCHEMA);
    expect(MULTI_EXECUTE_INPUT_SCHEMA).toEqual(original);
  });
});

describe('restoreStrictArguments', () => {
  const schema = {
    type: 'object',
    properties: {
      q: { type: 'string' },
      limit: { type: 'integer' },
      cursor: { type: ['string', 'null'] },
      owner: {
        type: 'object',
        properties: { login: { type: 'string' }, team: { type: 'string' } },
        required: ['login'],
      },
      metadata: { type: 'object' },
      items: { type: 'array', items: { $ref: '#/$defs/item' } },
    },
    required: ['q', 'cursor'],
    $defs: { item: { type: 'object', properties: { note: { type: 'string' } } } },
  };

  it('drops nulls of optional fields at every depth and keeps nulls the schema allows', () => {
    expect(
      restoreStrictArguments(schema, {
        q: 'bugs',
        limit: null,
        cursor: null,
        owner: { login: 'octo', team: null },
        metadata: null,
        items: [{ note: null }, { note: 'x' }],
      }),
    ).toEqual({ q: 'bugs', cursor: null, owner: { login: 'octo' }, items: [{}, { note: 'x' }] });
  });

  it('parses free-form objects sent as JSON text, and leaves text that is not JSON for validation', () => {
    expect(restoreStrictArguments(schema, { q: 'a', cursor: null, metadata: '{"env":"prod"}' })).toEqual({
      q: 'a',
      cursor: null,
      metadata: { env: 'prod' },
    });
    expect(restoreStrictArguments(schema, { q: 'a', cursor: null, metadata: 'not json' })).toMatchObject({
      metadata: 'not json',
    });
  });

  it('keeps MULTI_EXECUTE arguments as the JSON string core accepts', () => {
    const args = {
      tools: [{ tool_slug: 'ECHO_GET', arguments: '{"id":"1"}', account: null }],
      thought: null,
    };
    expect(restoreStrictArguments(MULTI_EXECUTE_INPUT_SCHEMA, args)).toEqual({
      tools: [{ tool_slug: 'ECHO_GET', arguments: '{"id":"1"}' }],
    });
  });
});
