import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time comparison of a presented secret with the expected one (both hashed first, so
 * neither the content nor the length leaks through timing).
 *
 * @example
 * matchesSecret(bearerToken(request), apiKey); // true or false
 */
export function matchesSecret(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
