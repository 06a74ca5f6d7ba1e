import { describe, expect, it } from 'vitest';
import { SIMPLIFY_LEVELS, simplifySchema } from './simplify-schema.ts';

describe('simplifySchema', () => {
  it('turns a long enum into a description with examples', () => {
    const values = Array.from({ length: 100 }, (_value, index) => `v${index}`);
    const simplified = simplifySchema(
      { type: 'string', description: 'Sort key.', enum: values },
      SIMPLIFY_LEVELS[0] as never,
    );
    expect(simplified.enum).toBeUndefined();
    expect(simplified.description).toBe(
      'Sort key. One of 100 values, e.g. v0, v1, v2, v3, v4, v5, v6, v7, ...',
    );
  });

  it('keeps short enums and cuts nesting below the level depth, dropping required names it removed', () => {
    const schema = {
      type: 'object',
      required: ['a'],
      properties: {
        a: { type: 'object', required: ['b'], properties: { b: { type: 'string', enum: ['x', 'y'] } } },
      },
    };
    expect(simplifySchema(schema, { maxDepth: 3, descriptionLength: 100, maxEnum: 5 })).toEqual(schema);
    expect(simplifySchema(schema, { maxDepth: 2, descriptionLength: 100, maxEnum: 5 })).toEqual({
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'object' } },
    });
  });

  it('cuts long descriptions at a word and never changes its input', () => {
    const schema = { type: 'string', description: 'word '.repeat(100).trim() };
    const copy = structuredClone(schema);
    const simplified = simplifySchema(schema, { maxDepth: 2, descriptionLength: 40, maxEnum: 5 });
    expect((simplified.description as string).length).toBeLessThanOrEqual(40);
    expect(simplified.description).toMatch(/word…$/);
    expect(schema).toEqual(copy);
  });
});
