import type { Store } from '../store/store.ts';
import { SECRET_COLUMNS } from './reencrypt-secrets.ts';

/** How many stored secrets each key id sealed. */
export type SealedSecretCounts = Record<string, number>;

const PAGE_SIZE = 1_000;

/**
 * Counts the stored secrets by the key id that sealed them (without decrypting anything): what
 * `toolrouter keys rotate` checks before it re-encrypts, and what tells an operator when an old key
 * holds nothing any more.
 *
 * @example
 * await countSealedSecrets(store); // { k2: 120, k1: 3 }
 */
export async function countSealedSecrets(store: Store): Promise<SealedSecretCounts> {
  const counts: SealedSecretCounts = {};
  for (const secret of Object.values(SECRET_COLUMNS)) {
    let after = '';
    for (;;) {
      const rows = await store.query<{ id: string; sealed: string }>(
        `SELECT id, ${secret.column} AS sealed FROM ${secret.table}
         WHERE ${secret.column} IS NOT NULL AND ${secret.column} <> '' AND id > ? ORDER BY id LIMIT ${PAGE_SIZE}`,
        [after],
      );
      for (const row of rows) {
        const keyId = String(row.sealed).split(':')[1] ?? '?';
        counts[keyId] = (counts[keyId] ?? 0) + 1;
      }
      if (rows.length < PAGE_SIZE) break;
      after = String(rows.at(-1)!.id);
    }
  }
  return counts;
}
