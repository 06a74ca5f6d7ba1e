/**
 * Replaces every string inside a parsed JSON value by the first equal string `table` has seen, in
 * place. `JSON.parse` makes a new string for every value: across the catalog `"string"`, `"GET"`,
 * `"integer"` and the same parameter notes recur tens of thousands of times.
 *
 * @example
 * const table = new Map<string, string>();
 * const tools = internStrings(JSON.parse(text), table);
 */
export function internStrings<T>(value: T, table: Map<string, string>): T {
  return intern(value, table) as T;
}

function intern(value: unknown, table: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const known = table.get(value);
    if (known !== undefined) return known;
    table.set(value, value);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = intern(value[index], table);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = intern(record[key], table);
  return value;
}
