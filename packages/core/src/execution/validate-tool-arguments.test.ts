import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import { InvalidToolArgumentsError } from '../errors/invalid-tool-arguments-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { caughtError } from '../test-support/caught-error.ts';
import { validateToolArguments } from './validate-tool-arguments.ts';

const echoGet = {
  slug: 'ECHO_GET',
  inputSchema: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      limit: { type: 'integer', default: 10 },
      state: { type: 'string', enum: ['open', 'closed'] },
      labels: { type: 'array', items: { type: 'string' } },
      owner: {
        type: 'object',
        properties: { email: { type: 'string', format: 'email' } },
        required: ['email'],
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
};

/** The InvalidToolArgumentsError `call` throws. */
function issuesOf(call: () => unknown): InvalidToolArgumentsError {
  return caughtError(call, InvalidToolArgumentsError.isInstance, 'InvalidToolArgumentsError');
}

describe('validateToolArguments', () => {
  it('returns valid arguments with schema defaults filled in, without touching the input', () => {
    const input = { id: 'a1' };
    expect(validateToolArguments(echoGet, input)).toEqual({ id: 'a1', limit: 10 });
    expect(input).toEqual({ id: 'a1' });
  });

  it('parses arguments sent as a JSON string', () => {
    expect(validateToolArguments(echoGet, '{"id":"a1","limit":5,"labels":["x"]}')).toEqual({
      id: 'a1',
      limit: 5,
      labels: ['x'],
    });
  });

  it('treats undefined, null, an empty string and "null" as no arguments', () => {
    const noRequired = { slug: 'PING', inputSchema: { type: 'object', properties: {} } };
    for (const empty of [undefined, null, '', '   ', 'null']) {
      expect(validateToolArguments(noRequired, empty)).toEqual({});
    }
  });

  it('names each bad field and what was expected', () => {
    const error = issuesOf(() => validateToolArguments(echoGet, { limit: 'ten' }));
    expect(error.toolSlug).toBe('ECHO_GET');
    expect(error.message).toBe("ECHO_GET: field 'id' is required; field 'limit' must be integer");
    expect(error.issues).toEqual([
      { field: 'id', message: 'is required' },
      { field: 'limit', message: 'must be integer' },
    ]);
  });

  it('describes enums, unknown fields, nested paths and formats', () => {
    const error = issuesOf(() =>
      validateToolArguments(echoGet, {
        id: 'a1',
        state: 'merged',
        colour: 'red',
        labels: ['ok', 7],
        owner: { email: 'not-an-email' },
      }),
    );
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { field: 'state', message: 'must be one of "open", "closed"' },
        { field: 'colour', message: 'is not a known field' },
        { field: 'labels[1]', message: 'must be string' },
        { field: 'owner.email', message: 'must match format "email"' },
      ]),
    );
    expect(error.message).toContain("field 'labels[1]' must be string");
  });

  it('refuses a JSON string that does not parse, and values that are not objects', () => {
    expect(issuesOf(() => validateToolArguments(echoGet, '{"id": ')).message).toMatch(
      /^ECHO_GET: arguments are not valid JSON/,
    );
    expect(issuesOf(() => validateToolArguments(echoGet, '[1,2]')).message).toBe(
      'ECHO_GET: arguments must be a JSON object, got an array',
    );
    expect(issuesOf(() => validateToolArguments(echoGet, 42)).issues).toEqual([
      { field: '', message: 'arguments must be a JSON object, got a number' },
    ]);
  });

  it('compiles each schema once, however often the tool runs', () => {
    const compile = vi.spyOn(Ajv2020.prototype, 'compile');
    try {
      const tool = { slug: 'ONCE', inputSchema: { type: 'object', properties: { n: { type: 'number' } } } };
      for (let index = 0; index < 5; index++) validateToolArguments(tool, { n: index });
      issuesOf(() => validateToolArguments(tool, { n: 'x' }));
      expect(compile).toHaveBeenCalledTimes(1);
    } finally {
      compile.mockRestore();
    }
  });

  it('lets two tools share a schema $id', () => {
    const schema = () => ({ $id: 'https://example.com/shared', type: 'object', required: ['a'] });
    expect(validateToolArguments({ slug: 'ONE', inputSchema: schema() }, { a: 1 })).toEqual({ a: 1 });
    expect(validateToolArguments({ slug: 'TWO', inputSchema: schema() }, { a: 2 })).toEqual({ a: 2 });
  });

  it('reports a broken schema as the toolkit’s mistake', () => {
    const broken = {
      slug: 'BROKEN',
      inputSchema: { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } },
    };
    expect(() => validateToolArguments(broken, {})).toThrow(ValidationError);
    expect(() => validateToolArguments(broken, {})).toThrow(/BROKEN has an invalid input schema/);
  });
});
