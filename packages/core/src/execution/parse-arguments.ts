/** Arguments as an object when they are one (or a JSON string of one, or nothing); else undefined. */
export function parseArguments(args: unknown): Record<string, unknown> | undefined {
  let value = args ?? {};
  if (typeof value === 'string') {
    try {
      value = value.trim() === '' ? {} : JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
