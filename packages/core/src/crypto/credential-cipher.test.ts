import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { EncryptionError } from '../errors/encryption-error.ts';
import { CredentialCipher } from './credential-cipher.ts';
import { parseEncryptionKeys } from './parse-encryption-keys.ts';

// The real createDecipheriv, counted: repeated decryptions of one value are answered from memory.
const decipherings = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return {
    ...actual,
    createDecipheriv: (...args: Parameters<typeof actual.createDecipheriv>) => {
      decipherings.count++;
      return actual.createDecipheriv(...args);
    },
  };
});

const cipher = new CredentialCipher(parseEncryptionKeys([`k1:${randomBytes(32).toString('base64')}`]));
const AD = 'connected_account:ca_1:u1:credentials';

/** The sealed value with its tag cut to `bytes` bytes. */
function withTag(sealed: string, bytes: number): string {
  const parts = sealed.split(':');
  parts[4] = Buffer.from(parts[4]!, 'base64url').subarray(0, bytes).toString('base64url');
  return parts.join(':');
}

describe('CredentialCipher', () => {
  it('round-trips, binds the value to its associated data', () => {
    const sealed = cipher.encrypt('{"apiKey":"k"}', AD);
    expect(cipher.decrypt(sealed, AD)).toBe('{"apiKey":"k"}');
    expect(() => cipher.decrypt(sealed, 'connected_account:ca_2:u1:credentials')).toThrow(EncryptionError);
  });

  it('decrypts a value used again from memory, still bound to its associated data', () => {
    const sealed = cipher.encrypt('{"apiKey":"again"}', AD);
    const before = decipherings.count;
    expect(cipher.decrypt(sealed, AD)).toBe('{"apiKey":"again"}');
    expect(cipher.decrypt(sealed, AD)).toBe('{"apiKey":"again"}');
    expect(decipherings.count - before).toBe(1);
    // The remembered plaintext is not handed out for the same value under another row's data.
    expect(() => cipher.decrypt(sealed, 'connected_account:ca_9:u1:credentials')).toThrow(EncryptionError);
    // An update seals a new value: decrypted afresh, never answered with the old plaintext.
    const updated = cipher.encrypt('{"apiKey":"rotated"}', AD);
    expect(cipher.decrypt(updated, AD)).toBe('{"apiKey":"rotated"}');
  });

  it('refuses every truncated authentication tag (1..15 bytes), whatever the value', () => {
    let accepted = 0;
    let tried = 0;
    for (let round = 0; round < 10; round++) {
      const sealed = cipher.encrypt(`{"accessToken":"token-${round}"}`, AD);
      for (let bytes = 1; bytes < 16; bytes++) {
        tried++;
        try {
          cipher.decrypt(withTag(sealed, bytes), AD);
          accepted++;
        } catch (error) {
          expect(EncryptionError.isInstance(error)).toBe(true);
        }
      }
    }
    console.info(`[figures] truncated GCM tags accepted: ${accepted}/${tried}`);
    expect(accepted).toBe(0);
  });

  it('refuses a flipped bit in the iv, ciphertext or tag, and an iv of the wrong length', () => {
    const sealed = cipher.encrypt('secret', AD);
    const parts = sealed.split(':');
    for (const index of [2, 3, 4]) {
      const bytes = Buffer.from(parts[index]!, 'base64url');
      bytes[0]! ^= 1;
      const tampered = [...parts];
      tampered[index] = bytes.toString('base64url');
      expect(() => cipher.decrypt(tampered.join(':'), AD)).toThrow(/failed authentication/);
    }
    const shortIv = [...parts];
    shortIv[2] = Buffer.from(parts[2]!, 'base64url').subarray(0, 8).toString('base64url');
    expect(() => cipher.decrypt(shortIv.join(':'), AD)).toThrow(/failed authentication/);
  });
});
