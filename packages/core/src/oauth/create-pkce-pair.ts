import { createHash, randomBytes } from 'node:crypto';

/**
 * A PKCE pair (RFC 7636, S256): a 43-character verifier from 256 random bits and its challenge.
 *
 * @example
 * const { verifier, challenge } = createPkcePair();
 */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
