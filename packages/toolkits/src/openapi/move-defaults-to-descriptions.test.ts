import { describe, expect, it } from 'vitest';
import { moveDefaultsToDescriptions } from './move-defaults-to-descriptions.ts';

describe('moveDefaultsToDescriptions', () => {
  it('turns defaults into description sentences at every depth', () => {
    const schema = {
      type: 'object',
      properties: {
        per_page: { type: 'integer', description: 'Results per page.', default: 30 },
        private: { type: 'boolean', default: false },
        settings: {
          type: 'object',
          properties: { mode: { type: 'string', default: 'auto' } },
          additionalProperties: { anyOf: [{ type: 'string', default: 'x' }] },
        },
        list: { type: 'array', items: { type: 'string', default: 'a' } },
        empty: { type: ['string', 'null'], default: null },
      },
    };
    expect(moveDefaultsToDescriptions(schema)).toEqual({
      type: 'object',
      properties: {
        per_page: { type: 'integer', description: 'Results per page. Default: `30`.' },
        private: { type: 'boolean', description: 'Default: `false`.' },
        settings: {
          type: 'object',
          properties: { mode: { type: 'string', description: 'Default: `auto`.' } },
          additionalProperties: { anyOf: [{ type: 'string', description: 'Default: `x`.' }] },
        },
        list: { type: 'array', items: { type: 'string', description: 'Default: `a`.' } },
        empty: { type: ['string', 'null'] },
      },
    });
  });

  it('leaves long defaults out of the description', () => {
    expect(moveDefaultsToDescriptions({ type: 'object', default: { a: 'x'.repeat(80) } })).toEqual({
      type: 'object',
    });
  });

  it('returns the very same objects where there is no default, and never mutates', () => {
    const shared = { type: 'string', description: 'Owner.' };
    const schema = { type: 'object', properties: { owner: shared, page: { type: 'integer', default: 1 } } };
    const snapshot = JSON.stringify(schema);
    const moved = moveDefaultsToDescriptions(schema);
    expect((moved.properties as Record<string, unknown>).owner).toBe(shared);
    expect(moveDefaultsToDescriptions(shared)).toBe(shared);
    expect(JSON.stringify(schema)).toBe(snapshot);
  });
});
