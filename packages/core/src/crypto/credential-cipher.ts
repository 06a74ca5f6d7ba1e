import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { EncryptionError } from '../errors/encryption-error.ts';
import type { EncryptionKey } from './parse-encryption-keys.ts';

const VERSION = 'v1';
/** GCM's full tag. A shorter one would be accepted by `createDecipheriv` unless it is told the length. */
const TAG_BYTES = 16;
const IV_BYTES = 12;
/** Plaintexts kept after a decryption, and for how long (see `decrypt`). */
const RECENT_ENTRIES = 1024;
const RECENT_MS = 60_000;

/**
 * AES-256-GCM for secrets at rest. The first key encrypts, every key decrypts (rotation). The
 * associated data binds a ciphertext to the row it belongs to: moved to another row it fails.
 *
 * @example
 * const cipher = new CredentialCipher([key]);
 * const sealed = cipher.encrypt(JSON.stringify(credentials), 'connected_account:ca_1:credentials');
 */
export class CredentialCipher {
  // KeyObjects, made once: a raw Buffer key is re-imported on every cipher call, which dominates the cost.
  readonly #keys: ReadonlyMap<string, KeyObject>;
  readonly #primary: { id: string; key: KeyObject };
  /** Recent decryptions by associated data and sealed value, oldest first. */
  readonly #recent = new Map<string, { plaintext: string; associatedData: string; until: number }>();

  /** Whether recent plaintexts are kept (`credentialCache`); off, every read decrypts. */
  readonly #keepRecent: boolean;

  constructor(keys: readonly EncryptionKey[], options: { keepRecent?: boolean } = {}) {
    if (keys.length === 0) throw new EncryptionError({ message: 'At least one encryption key is required.' });
    this.#keepRecent = options.keepRecent ?? true;
    this.#keys = new Map(keys.map((key) => [key.id, createSecretKey(key.key)]));
    this.#primary = { id: keys[0]!.id, key: this.#keys.get(keys[0]!.id)! };
  }

  get primaryKeyId(): string {
    return this.#primary.id;
  }

  /** Every configured key id, the encrypting one first. */
  get keyIds(): string[] {
    return [...this.#keys.keys()];
  }

  encrypt(plaintext: string, associatedData: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#primary.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      VERSION,
      this.#primary.id,
      iv.toString('base64url'),
      ciphertext.toString('base64url'),
      tag.toString('base64url'),
    ].join(':');
  }

  /**
   * Decrypts and authenticates a sealed value. The last 1,024 plaintexts are kept in memory for a
   * minute, keyed by the sealed value itself and answered only for the same associated data, so an account used call after
   * call is not decrypted each time (AES-GCM setup is a visible share of an execute). An update
   * writes a new sealed value (fresh IV), so a changed secret is never answered from the copy, and
   * a value moved to another row misses it and fails authentication as before. The copies are
   * never logged or returned anywhere but here; `keepRecent: false` (the router's
   * `credentialCache: false`) keeps none.
   */
  decrypt(sealed: string, associatedData: string): string {
    if (!this.#keepRecent) return this.#decrypt(sealed, associatedData);
    // Keyed by the sealed value alone (the same string object call after call for a cached row, so
    // its hash is computed once), answered only for the same associated data.
    const now = performance.now();
    const recent = this.#recent.get(sealed);
    if (recent && recent.until > now && recent.associatedData === associatedData) return recent.plaintext;
    const plaintext = this.#decrypt(sealed, associatedData);
    this.#recent.delete(sealed);
    this.#recent.set(sealed, { plaintext, associatedData, until: now + RECENT_MS });
    if (this.#recent.size > RECENT_ENTRIES) this.#recent.delete(this.#recent.keys().next().value!);
    return plaintext;
  }

  #decrypt(sealed: string, associatedData: string): string {
    const [version, keyId, iv, ciphertext, tag] = sealed.split(':');
    if (version !== VERSION || !keyId || !iv || ciphertext === undefined || !tag) {
      throw new EncryptionError({
        message: 'A stored secret is not in the expected format; it cannot be decrypted.',
      });
    }
    const key = this.#keys.get(keyId);
    if (!key) {
      throw new EncryptionError({
        message: `A stored secret was encrypted with key '${keyId}', which is not among the configured encryption keys. Add it to TOOLROUTER_ENCRYPTION_KEYS (after the current key) to read old data.`,
      });
    }
    const tagBytes = Buffer.from(tag, 'base64url');
    const ivBytes = Buffer.from(iv, 'base64url');
    // A truncated tag is a forgery made easier, not an older format: refuse it before decrypting.
    if (tagBytes.length !== TAG_BYTES || ivBytes.length !== IV_BYTES) {
      throw new EncryptionError({
        message: 'A stored secret failed authentication: it was altered or belongs to another record.',
      });
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(tagBytes);
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch (cause) {
      throw new EncryptionError({
        message: 'A stored secret failed authentication: it was altered or belongs to another record.',
        cause,
      });
    }
  }

  /** Whether a sealed value was written with a key other than the current one (for `keys rotate`). */
  needsReencryption(sealed: string): boolean {
    return sealed.split(':')[1] !== this.#primary.id;
  }

  encryptJson(value: unknown, associatedData: string): string {
    return this.encrypt(JSON.stringify(value), associatedData);
  }

  decryptJson<T>(sealed: string, associatedData: string): T {
    return JSON.parse(this.decrypt(sealed, associatedData)) as T;
  }
}
