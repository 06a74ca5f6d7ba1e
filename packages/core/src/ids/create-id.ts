import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// Random bytes drawn in blocks: one system call serves many ids.
const pool = Buffer.alloc(4096);
let offset = pool.length;

function randomByte(): number {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  return pool[offset++]!;
}

/**
 * A prefixed random id such as `ca_3fK9...`: 20 base62 characters (about 119 bits of randomness).
 *
 * @example
 * createId('ses'); // 'ses_Z4c1...'
 */
export function createId(prefix: string, length = 20): string {
  let id = `${prefix}_`;
  for (let count = 0; count < length; ) {
    const byte = randomByte();
    // 248 = 62 * 4: reject the top values so every character is equally likely.
    if (byte < 248) {
      id += ALPHABET[byte % 62];
      count++;
    }
  }
  return id;
}
