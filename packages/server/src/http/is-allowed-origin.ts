/**
 * Whether a request may proceed given its `Origin` header: no header (a non-browser client) is
 * fine; a browser origin must be on the allow-list. Origins compare after normalising
 * (`https://App.example.com:443` is `https://app.example.com`).
 *
 * @example
 * isAllowedOrigin('https://evil.example', new Set(['https://app.example.com'])); // false
 */
export function isAllowedOrigin(origin: string | null, allowed: ReadonlySet<string>): boolean {
  if (origin === null) return true;
  const normalized = normalizeOrigin(origin);
  return normalized !== undefined && allowed.has(normalized);
}

/** `scheme://host[:port]` of a URL or origin string, or undefined when it is not one (`null`, junk). */
export function normalizeOrigin(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const origin = new URL(value).origin;
  return origin === 'null' ? undefined : origin;
}
