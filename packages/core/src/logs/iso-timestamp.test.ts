import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './iso-timestamp.ts';

describe('isoTimestamp', () => {
  it('writes what toISOString writes, across the four-digit years and their edges', () => {
    const edges = [
      0,
      -1,
      1,
      951_782_400_000, // 2000-02-29
      -2_203_891_200_000, // 1900-03-01
      -62_167_219_200_000, // 0000-01-01T00:00:00.000Z
      -62_162_035_200_000, // 0000-03-01 (year 0 is a leap year)
      253_402_300_799_999, // 9999-12-31T23:59:59.999Z
      4_107_542_399_999, // 2100-02-28T23:59:59.999Z
    ];
    for (const ms of edges) expect(isoTimestamp(new Date(ms))).toBe(new Date(ms).toISOString());
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let index = 0; index < 20_000; index++) {
      const ms = Math.floor(-62_167_219_200_000 + next() * (253_402_300_799_999 + 62_167_219_200_000));
      expect(isoTimestamp(new Date(ms))).toBe(new Date(ms).toISOString());
    }
  });

  it('leaves other years and invalid dates to toISOString (six-digit years, RangeError)', () => {
    for (const ms of [-62_167_219_200_001, 253_402_300_800_000, 8.64e15, -8.64e15]) {
      expect(isoTimestamp(new Date(ms))).toBe(new Date(ms).toISOString());
    }
    expect(() => isoTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });
});
