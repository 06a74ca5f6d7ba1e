import { describe, expect, it } from 'vitest';
import { trimForModel } from './trim-for-model.ts';

const sizeOf = (value: unknown) => JSON.stringify(value).length;

describe('trimForModel', () => {
  it('returns small data untouched, as the same object', () => {
    const data = { items: [{ id: 1, name: 'a' }], total: 1 };
    const result = trimForModel(data);
    expect(result.trimmed).toBe(false);
    expect(result.data).toBe(data);
    expect(trimForModel('short').data).toBe('short');
    expect(trimForModel(null)).toEqual({ data: null, trimmed: false });
  });

  it('cuts a big array, keeping its first items and saying how many are missing', () => {
    const items = Array.from({ length: 5_000 }, (_, id) => ({
      id,
      title: `Issue number ${id}`,
      state: 'open',
    }));
    const { data, trimmed } = trimForModel({ total_count: 5_000, items }, { maxChars: 10_000 });
    expect(trimmed).toBe(true);
    expect(sizeOf(data)).toBeLessThanOrEqual(10_000);
    const result = data as { _toolrouter_note: string; total_count: number; items: unknown[] };
    expect(Object.keys(result)[0]).toBe('_toolrouter_note');
    expect(result._toolrouter_note).toContain('shortened');
    expect(result.total_count).toBe(5_000);
    expect(result.items[0]).toEqual({ id: 0, title: 'Issue number 0', state: 'open' });
    const last = result.items.at(-1) as string;
    expect(last).toMatch(/^\[\d+ more items not shown\]$/);
    expect(Number(last.match(/\d+/)![0]) + result.items.length - 1).toBe(5_000);
  });

  it('wraps a trimmed top-level array so the note is visible', () => {
    const { data, trimmed } = trimForModel(
      Array.from({ length: 1_000 }, (_, index) => `row ${index}`),
      { maxChars: 2_000 },
    );
    expect(trimmed).toBe(true);
    expect(sizeOf(data)).toBeLessThanOrEqual(2_000);
    expect(data).toMatchObject({
      _toolrouter_note: expect.any(String),
      data: expect.arrayContaining(['row 0']),
    });
  });

  it('cuts a long string with a suffix that says how much is gone', () => {
    const text = 'a'.repeat(100_000);
    const top = trimForModel(text, { maxChars: 1_000 });
    expect(top.trimmed).toBe(true);
    expect((top.data as string).length).toBeLessThanOrEqual(1_000);
    expect(top.data).toMatch(/^a+… \[truncated \d+ chars\]$/);

    const nested = trimForModel({ file: { name: 'big.txt', content: text } }, { maxChars: 5_000 });
    const content = (nested.data as { file: { name: string; content: string } }).file;
    expect(content.name).toBe('big.txt');
    expect(content.content).toMatch(/… \[truncated \d+ chars\]$/);
    expect(sizeOf(nested.data)).toBeLessThanOrEqual(5_000);
  });

  it('cuts deep nesting and objects with very many fields', () => {
    let deep: Record<string, unknown> = { leaf: 'x'.repeat(50) };
    for (let level = 0; level < 200; level++) deep = { level, child: deep, padding: 'p'.repeat(40) };
    const trimmedDeep = trimForModel(deep, { maxChars: 3_000 });
    expect(trimmedDeep.trimmed).toBe(true);
    expect(sizeOf(trimmedDeep.data)).toBeLessThanOrEqual(3_000);
    expect(JSON.stringify(trimmedDeep.data)).toContain('not shown: nested too deep');

    const wide = Object.fromEntries(Array.from({ length: 3_000 }, (_, index) => [`field_${index}`, index]));
    const trimmedWide = trimForModel(wide, { maxChars: 4_000 });
    expect(sizeOf(trimmedWide.data)).toBeLessThanOrEqual(4_000);
    expect((trimmedWide.data as Record<string, unknown>)._toolrouter_omitted).toMatch(
      /more fields not shown$/,
    );
  });

  it('does not split a surrogate pair when cutting', () => {
    const { data } = trimForModel({ text: '😀'.repeat(10_000) }, { maxChars: 1_000 });
    const text = (data as { text: string }).text.replace(/… \[truncated \d+ chars\]$/, '');
    expect(text).toBe('😀'.repeat(text.length / 2));
  });

  it('still respects a tiny budget', () => {
    const { data, trimmed } = trimForModel(
      { a: 'x'.repeat(500), b: Array.from({ length: 100 }, () => 'y') },
      { maxChars: 120 },
    );
    expect(trimmed).toBe(true);
    // Past the tightest cuts the result becomes the start of its JSON text, a string the model reads as is.
    expect(typeof data).toBe('string');
    expect((data as string).length).toBeLessThanOrEqual(120);
    expect(data).toMatch(/^\{"_toolrouter_note":".*… \[truncated \d+ chars\]$/);
  });
});
