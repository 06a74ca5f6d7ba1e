import { describe, expect, it } from 'vitest';
import { internStrings } from './intern-strings.ts';

describe('internStrings', () => {
  it('leaves the value as it was and records each distinct string once', () => {
    const table = new Map<string, string>();
    const value = JSON.parse(
      '{"a":{"type":"string","enum":["x","string"]},"b":[{"type":"string"},null,3,true],"c":"x"}',
    );
    const copy = structuredClone(value);
    expect(internStrings(value, table)).toBe(value);
    expect(value).toEqual(copy);
    expect([...table.keys()].sort()).toEqual(['string', 'x']);
  });

  it('shares the table across values', () => {
    const table = new Map<string, string>();
    internStrings(['GET', 'POST'], table);
    internStrings({ method: 'GET', path: '/items' }, table);
    expect(table.size).toBe(3);
  });
});
