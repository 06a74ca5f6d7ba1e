import { hash, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time comparison of a presented secret with the expected one (both hashed first, so
 * neither the content nor the length leaks through timing).
 *
 * @example
 * matchesSecret(bearerToken(request), apiKey); // true or false
 */
export function matchesSecret(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * The same comparison against one secret known up front (the admin key), whose digest is computed
 * once instead of on every request.
 *
 * @example
 * const isAdminKey = secretMatcher(apiKey);
 * isAdminKey(bearerToken(request.headers)); // true or false
 */
export function secretMatcher(expected: string): (presented: string | undefined) => boolean {
  const expectedDigest = digest(expected);
  return function matchesExpectedSecret(presented) {
    return presented !== undefined && timingSafeEqual(digest(presented), expectedDigest);
  };
}

/** One-shot SHA-256 (`crypto.hash`: no Hash object per request, as `createHash` chains build). */
function digest(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}
