import type { Store } from '../store/store.ts';
import type { CredentialCipher } from './credential-cipher.ts';
import { SECRET_COLUMNS } from './reencrypt-secrets.ts';

/** What `checkEncryptionKeys` found in a sample of the stored secrets. */
export interface EncryptionKeyCheck {
  /** False when secrets exist and none of the sampled ones decrypts with these keys. */
  ok: boolean;
  sampled: number;
  readable: number;
  /** The key ids the sampled secrets were sealed with. */
  sealedWith: string[];
  /** Why not ok, in words an operator can act on. */
  reason?: string;
}

const SAMPLE_PER_COLUMN = 5;

/**
 * Whether this router's encryption keys can read the store: decrypts the most recent few secrets of
 * each sealed column. An instance started with the wrong `TOOLROUTER_ENCRYPTION_KEYS` (a typo, a
 * key list from another environment, the old key dropped too early) reads nothing, and must not
 * take traffic: `/readyz` fails with the reason this returns.
 *
 * @example
 * const check = await checkEncryptionKeys(store, cipher);
 * if (!check.ok) console.error(check.reason);
 */
export async function checkEncryptionKeys(
  store: Store,
  cipher: CredentialCipher,
): Promise<EncryptionKeyCheck> {
  let sampled = 0;
  let readable = 0;
  const sealedWith = new Set<string>();
  for (const secret of Object.values(SECRET_COLUMNS)) {
    const rows = await store.query<Record<string, unknown>>(
      `SELECT ${secret.select}, ${secret.column} AS sealed FROM ${secret.table}
       WHERE ${secret.column} IS NOT NULL AND ${secret.column} <> '' ORDER BY id DESC LIMIT ${SAMPLE_PER_COLUMN}`,
    );
    for (const row of rows) {
      sampled++;
      const sealed = String(row.sealed);
      sealedWith.add(sealed.split(':')[1] ?? '?');
      try {
        cipher.decrypt(sealed, secret.associatedData(row));
        readable++;
      } catch {
        // Counted as unreadable.
      }
    }
  }
  const result = { sampled, readable, sealedWith: [...sealedWith].sort() };
  if (sampled === 0 || readable > 0) return { ok: true, ...result };
  return {
    ok: false,
    ...result,
    reason: `None of the ${sampled} stored secrets sampled decrypts with this instance's encryption keys (configured: ${cipher.keyIds.join(', ')}; the secrets are sealed with: ${result.sealedWith.join(', ')}). TOOLROUTER_ENCRYPTION_KEYS is wrong or misses the key in use: add it (after the current key) and restart.`,
  };
}
