import { describe, expect, it } from 'vitest';
import { copyJsonValue } from './copy-json-value.ts';

/** The same shape, prototypes and key order as `structuredClone` gives, and nothing shared. */
function expectLikeStructuredClone(value: unknown) {
  const copy = copyJsonValue(value);
  const reference = structuredClone(value);
  expect(copy).toStrictEqual(reference);
  expect(JSON.stringify(copy)).toBe(JSON.stringify(reference));
  if (typeof value === 'object' && value !== null) {
    expect(copy).not.toBe(value);
    expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(reference));
  }
}

describe('copyJsonValue', () => {
  it('copies JSON trees as structuredClone does, sharing nothing with the input', () => {
    const nested = { a: [1, { b: 'c', d: [true, null] }], e: { f: { g: -0 } }, h: undefined };
    for (const value of [
      {},
      { id: '7' },
      nested,
      [],
      [1, 'two', [3, [4]], { five: 5 }],
      JSON.parse('{"z":1,"a":2,"10":3,"b":{"y":[{"x":null}]}}'),
      Object.assign(Object.create(null), { id: '1' }),
      'text',
      42,
      null,
      undefined,
    ]) {
      expectLikeStructuredClone(value);
    }
    const copy = copyJsonValue(nested);
    (copy.a[1] as { b: string }).b = 'changed';
    expect((nested.a[1] as { b: string }).b).toBe('c');
  });

  it('hands whatever is not plain JSON to structuredClone: its copy, or its error', () => {
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    const holes: number[] = [];
    holes[0] = 1;
    holes[2] = 3;
    const extra = Object.assign([1, 2], { note: 'kept' });
    const deep = JSON.parse(`${'['.repeat(100)}1${']'.repeat(100)}`);
    for (const value of [
      { when: new Date(0) },
      { map: new Map([['a', 1]]) },
      { bytes: new Uint8Array([1, 2]) },
      { boxed: new String('s') },
      JSON.parse('{"__proto__":{"polluted":true},"a":1}'),
      holes,
      extra,
      deep,
    ]) {
      expectLikeStructuredClone(value);
    }
    expect(copyJsonValue({ big: 10n })).toStrictEqual(structuredClone({ big: 10n }));
    const copied = copyJsonValue(cycle) as { self: unknown };
    expect(copied.self).toBe(copied);
    expect(copied).not.toBe(cycle);
    expect(Object.getOwnPropertyNames(copyJsonValue(JSON.parse('{"__proto__":1}')))).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    class Thing {
      value = 1;
    }
    expect(copyJsonValue({ thing: new Thing() })).toStrictEqual(structuredClone({ thing: new Thing() }));
    expect(() => copyJsonValue({ run: () => 1 })).toThrow(DOMException);
    expect(() => copyJsonValue([Symbol('s')])).toThrow(DOMException);
  });
});
