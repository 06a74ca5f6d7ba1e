/** What `copyTree` cannot copy as `structuredClone` would: the whole value goes to `structuredClone`. */
const UNSUPPORTED = Symbol('unsupported');
/** Deeper than this is handed to `structuredClone` too (which also copies cycles). */
const MAX_DEPTH = 64;

/**
 * A deep copy of `value`, the one `structuredClone` makes, without its serialisation round trip
 * for what tool arguments are: plain objects (prototype `Object.prototype` or `null`), dense arrays
 * without extra properties, strings, numbers, booleans, null, undefined. Anything else anywhere in
 * the value (a Date, a Map, a class instance, a `__proto__` key, a hole, a cycle, a function) sends
 * the whole value to `structuredClone`, so its answer (or its DataCloneError) is unchanged.
 * `structuredClone` of a small object cost ~0.01 ms, about 1% of a REST execute's CPU.
 *
 * @example
 * const copy = copyJsonValue({ id: '7', tags: ['a'] }); // a new object and a new array
 */
export function copyJsonValue<T>(value: T): T {
  const copied = copyTree(value, 0);
  return copied === UNSUPPORTED ? structuredClone(value) : (copied as T);
}

function copyTree(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' || typeof value === 'symbol' ? UNSUPPORTED : value;
  }
  if (depth > MAX_DEPTH) return UNSUPPORTED;
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Array.prototype) {
    const array = value as unknown[];
    if (Object.keys(array).length !== array.length) return UNSUPPORTED;
    const copy = new Array<unknown>(array.length);
    for (let index = 0; index < array.length; index++) {
      const item = copyTree(array[index], depth + 1);
      if (item === UNSUPPORTED) return UNSUPPORTED;
      copy[index] = item;
    }
    return copy;
  }
  if (prototype !== Object.prototype && prototype !== null) return UNSUPPORTED;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return UNSUPPORTED;
    const item = copyTree((value as Record<string, unknown>)[key], depth + 1);
    if (item === UNSUPPORTED) return UNSUPPORTED;
    copy[key] = item;
  }
  return copy;
}
