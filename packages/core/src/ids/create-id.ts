import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A prefixed random id such as `ca_3fK9...`: 20 base62 characters (about 119 bits of randomness).
 *
 * @example
 * createId('ses'); // 'ses_Z4c1...'
 */
export function createId(prefix: string, length = 20): string {
  const bytes = randomBytes(length * 2);
  let id = '';
  for (let index = 0; index < bytes.length && id.length < length; index++) {
    const byte = bytes[index]!;
    // 248 = 62 * 4: reject the top values so every character is equally likely.
    if (byte < 248) id += ALPHABET[byte % 62];
  }
  while (id.length < length) id += ALPHABET[randomBytes(1)[0]! % 62];
  return `${prefix}_${id}`;
}
