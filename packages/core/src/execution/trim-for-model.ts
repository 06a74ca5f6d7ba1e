export interface TrimForModelOptions {
  /** Budget for the result's JSON text (for a string result: its length). Default 60 000 characters. */
  maxChars?: number;
}

export interface TrimForModelResult {
  data: unknown;
  trimmed: boolean;
}

type Limits = { string: number; items: number; keys: number; depth: number };

const noteKey = '_toolrouter_note';

/**
 * Shrinks a tool result until its JSON text fits `maxChars`, keeping its structure: long arrays
 * keep their first items plus a note item, long strings end in "… [truncated N chars]", objects
 * with very many fields and deep nesting are cut with a note in their place. A trimmed object
 * gets a `_toolrouter_note` field first, a trimmed array is wrapped as
 * `{ _toolrouter_note, data }`, a trimmed string carries its suffix, so the model knows it sees
 * part of the answer. Small data costs one bounded walk and one `JSON.stringify`.
 *
 * @example
 * const { data, trimmed } = trimForModel(await readResponse(response), { maxChars: 20_000 });
 */
export function trimForModel(
  data: unknown,
  { maxChars = 60_000 }: TrimForModelOptions = {},
): TrimForModelResult {
  if (typeof data === 'string') {
    if (data.length <= maxChars) return { data, trimmed: false };
    return { data: truncateToFit(data, maxChars), trimmed: true };
  }
  if (typeof data !== 'object' || data === null) return { data, trimmed: false };
  if (!lowerBoundExceeds(data, maxChars) && fitsExactly(data, maxChars)) return { data, trimmed: false };

  const note = `This result was shortened to fit ${maxChars} characters: arrays, strings and nested values were cut where marked. Ask for less (filters, fields, a smaller page size) or page through it to see the rest.`;
  const limits: Limits = { string: Math.floor(maxChars / 2), items: 512, keys: 512, depth: 24 };
  let candidate: unknown;
  for (;;) {
    const state = { cut: false };
    const shrunk = shrink(data, limits, 0, state);
    if (!state.cut) return { data: shrunk, trimmed: false };
    candidate =
      Array.isArray(shrunk) || typeof shrunk !== 'object' || shrunk === null
        ? { [noteKey]: note, data: shrunk }
        : { [noteKey]: note, ...(shrunk as Record<string, unknown>) };
    const text = JSON.stringify(candidate);
    if (text.length <= maxChars) return { data: candidate, trimmed: true };
    if (!tighten(limits)) return { data: truncateToFit(text, maxChars), trimmed: true };
  }
}

function tighten(limits: Limits): boolean {
  const before = `${limits.string}/${limits.items}/${limits.keys}/${limits.depth}`;
  limits.string = Math.max(40, Math.floor(limits.string / 2));
  limits.items = Math.max(1, Math.floor(limits.items / 2));
  limits.keys = Math.max(8, Math.floor(limits.keys / 2));
  if (limits.string === 40 && limits.items === 1 && limits.keys === 8)
    limits.depth = Math.max(1, limits.depth - 4);
  return `${limits.string}/${limits.items}/${limits.keys}/${limits.depth}` !== before;
}

/** Follows JSON.stringify's rules (toJSON, dropped undefined and functions) while cutting. */
function shrink(value: unknown, limits: Limits, depth: number, state: { cut: boolean }): unknown {
  if (typeof value === 'string') {
    if (value.length <= limits.string) return value;
    state.cut = true;
    return truncateString(value, limits.string);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  const plain =
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
      ? (value as { toJSON(): unknown }).toJSON()
      : value;
  if (plain !== value) return shrink(plain, limits, depth, state);
  if (Array.isArray(value)) {
    if (depth >= limits.depth && value.length > 0) {
      state.cut = true;
      return `[array of ${value.length} items, not shown: nested too deep]`;
    }
    const kept = value.slice(0, limits.items).map((item) => {
      const shrunk = shrink(item, limits, depth + 1, state);
      return shrunk === undefined || typeof shrunk === 'function' || typeof shrunk === 'symbol'
        ? null
        : shrunk;
    });
    if (value.length > limits.items) {
      state.cut = true;
      kept.push(`[${value.length - limits.items} more items not shown]`);
    }
    return kept;
  }
  const keys = Object.keys(value);
  if (depth >= limits.depth && keys.length > 0) {
    state.cut = true;
    return `[object with ${keys.length} fields, not shown: nested too deep]`;
  }
  const result: Record<string, unknown> = {};
  let taken = 0;
  for (const key of keys) {
    if (taken === limits.keys) {
      state.cut = true;
      result._toolrouter_omitted = `${keys.length - taken} more fields not shown`;
      break;
    }
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    result[key] = shrink(item, limits, depth + 1, state);
    taken++;
  }
  return result;
}

function truncateString(value: string, keep: number): string {
  let end = keep;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // do not split a surrogate pair
  return `${value.slice(0, end)}… [truncated ${value.length - end} chars]`;
}

/** Truncates so that the string, suffix included, has at most `maxChars` characters. */
function truncateToFit(value: string, maxChars: number): string {
  const suffixLength = `… [truncated ${value.length} chars]`.length;
  return truncateString(value, Math.max(0, maxChars - suffixLength));
}

/** A cheap lower bound of the JSON size that stops walking as soon as it passes `budget`. */
function lowerBoundExceeds(data: object, budget: number): boolean {
  let size = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') size += value.length + 2;
    else if (typeof value === 'object' && value !== null) {
      if (Array.isArray(value)) {
        size += value.length + 1;
        for (const item of value) stack.push(item);
      } else {
        size += 2;
        for (const key in value) {
          size += key.length + 4;
          stack.push((value as Record<string, unknown>)[key]);
        }
      }
    } else size += 1;
    if (size > budget) return true;
  }
  return false;
}

function fitsExactly(data: object, maxChars: number): boolean {
  try {
    return (JSON.stringify(data)?.length ?? 0) <= maxChars;
  } catch {
    return false; // BigInt or a cycle: let shrink() turn it into plain JSON
  }
}
