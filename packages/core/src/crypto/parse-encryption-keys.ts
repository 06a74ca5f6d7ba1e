import { createHash } from 'node:crypto';
import { EncryptionError } from '../errors/encryption-error.ts';

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/**
 * Parses keys written as `[id:]<32 bytes as base64 or 64 hex characters>`; a key without an id gets
 * one derived from its hash. Generate one with `openssl rand -base64 32`.
 *
 * @example
 * parseEncryptionKeys(['k2:' + newKey, 'k1:' + oldKey]); // k2 encrypts, both decrypt
 */
export function parseEncryptionKeys(values: readonly string[]): EncryptionKey[] {
  const keys = values
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value, index) => {
      const separator = value.lastIndexOf(':');
      const id = separator > 0 ? value.slice(0, separator) : undefined;
      const material = separator > 0 ? value.slice(separator + 1) : value;
      const key = /^[0-9a-f]{64}$/i.test(material)
        ? Buffer.from(material, 'hex')
        : Buffer.from(material, 'base64');
      if (key.length !== 32) {
        throw new EncryptionError({
          message: `Encryption key #${index + 1} is ${key.length} bytes; it must be 32 bytes as base64 (44 characters) or hex (64 characters). Generate one with: openssl rand -base64 32`,
        });
      }
      if (id !== undefined && !/^[A-Za-z0-9_.-]+$/.test(id)) {
        throw new EncryptionError({
          message: `Encryption key #${index + 1} has an invalid id: use letters, digits, '.', '_' or '-'.`,
        });
      }
      return { id: id ?? createHash('sha256').update(key).digest('hex').slice(0, 8), key };
    });
  const ids = new Set<string>();
  for (const key of keys) {
    if (ids.has(key.id))
      throw new EncryptionError({ message: `Two encryption keys share the id '${key.id}'.` });
    ids.add(key.id);
  }
  return keys;
}
