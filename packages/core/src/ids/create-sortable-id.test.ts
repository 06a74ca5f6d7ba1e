import { describe, expect, it } from 'vitest';
import { createSortableId } from './create-sortable-id.ts';

describe('createSortableId', () => {
  it('has the shape of createId: the prefix and 20 base62 characters', () => {
    expect(createSortableId('log')).toMatch(/^log_[0-9A-Za-z]{20}$/);
  });

  it('sorts by time, as strings, whatever the random part', () => {
    const times = [0, 1, 61, 62, 1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000, 62 ** 8 - 1];
    const ids = times.map((time) => createSortableId('log', time));
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]!.slice(4, 12)).toBe('00000000');
    expect(ids.at(-1)!.slice(4, 12)).toBe('zzzzzzzz');
  });

  it('keeps ids of the same millisecond apart by their random part', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => createSortableId('log', 1_700_000_000_000)));
    expect(ids.size).toBe(10_000);
  });
});
