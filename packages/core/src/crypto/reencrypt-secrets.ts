import { authConfigAssociatedData } from '../auth-config/auth-config-row.ts';
import { connectLinkAssociatedData } from '../connect/connect-link-row.ts';
import { connectedAccountAssociatedData } from '../connected-account/connected-account-row.ts';
import { mcpTokenAssociatedData } from '../session-config/session-row.ts';
import type { Store } from '../store/store.ts';
import { CredentialCipher } from './credential-cipher.ts';
import { parseEncryptionKeys } from './parse-encryption-keys.ts';

/** What `reencryptSecrets` did to one kind of secret. */
export interface ReencryptCount {
  /** Sealed values found. */
  checked: number;
  /** Values that were under an older key and now are under the first one. */
  reencrypted: number;
  /** Ids of rows whose value could not be decrypted with any configured key (left as they were). */
  failed: string[];
}

export interface ReencryptSecretsResult {
  /** The key id every secret is now sealed with. */
  keyId: string;
  authConfigs: ReencryptCount;
  connectedAccounts: ReencryptCount;
  sessions: ReencryptCount;
  connectLinks: ReencryptCount;
}

/** One column that holds sealed secrets, and how to rebuild the associated data of its rows. */
export interface SecretColumn {
  table: string;
  column: string;
  /** Extra columns the associated data needs. */
  select: string;
  associatedData(row: Record<string, unknown>): string;
}

/** Every column of sealed secrets, by the name `reencryptSecrets` reports it under. */
export const SECRET_COLUMNS: Record<Exclude<keyof ReencryptSecretsResult, 'keyId'>, SecretColumn> = {
  authConfigs: {
    table: 'auth_configs',
    column: 'credentials',
    select: 'id',
    associatedData: (row) => authConfigAssociatedData(String(row.id)),
  },
  connectedAccounts: {
    table: 'connected_accounts',
    column: 'credentials',
    select: 'id, user_id',
    associatedData: (row) => connectedAccountAssociatedData(String(row.id), String(row.user_id)),
  },
  sessions: {
    table: 'sessions',
    column: 'mcp_token',
    select: 'id',
    associatedData: (row) => mcpTokenAssociatedData(String(row.id)),
  },
  connectLinks: {
    table: 'connect_links',
    column: 'pkce_verifier',
    select: 'id',
    associatedData: (row) => connectLinkAssociatedData(String(row.id)),
  },
};

const PAGE_SIZE = 500;

/**
 * Key rotation: re-seals every stored secret (auth config app credentials, account credentials,
 * session MCP tokens, PKCE verifiers) with the first of `encryptionKeys`, reading old values with
 * any of them. Rows already under the first key are not touched, so a second run changes nothing;
 * each row is swapped only if it did not change meanwhile. Remove an old key from
 * `TOOLROUTER_ENCRYPTION_KEYS` only after a run that reports no failures. The store must be migrated.
 *
 * @example
 * const result = await reencryptSecrets({ store: sqliteStore('./toolrouter.db'), encryptionKeys: ['k2:' + newKey, 'k1:' + oldKey] });
 * console.log(result.connectedAccounts.reencrypted);
 */
export async function reencryptSecrets({
  store,
  encryptionKeys,
}: {
  store: Store;
  encryptionKeys: readonly string[];
}): Promise<ReencryptSecretsResult> {
  const cipher = new CredentialCipher(parseEncryptionKeys(encryptionKeys));
  const result = { keyId: cipher.primaryKeyId } as ReencryptSecretsResult;
  for (const [name, secret] of Object.entries(SECRET_COLUMNS) as Array<
    [keyof typeof SECRET_COLUMNS, SecretColumn]
  >) {
    result[name] = await reencryptColumn(store, cipher, secret);
  }
  return result;
}

async function reencryptColumn(
  store: Store,
  cipher: CredentialCipher,
  secret: SecretColumn,
): Promise<ReencryptCount> {
  const count: ReencryptCount = { checked: 0, reencrypted: 0, failed: [] };
  let after = '';
  for (;;) {
    const rows = await store.query<Record<string, unknown>>(
      `SELECT ${secret.select}, ${secret.column} AS sealed FROM ${secret.table}
       WHERE ${secret.column} IS NOT NULL AND id > ? ORDER BY id LIMIT ${PAGE_SIZE}`,
      [after],
    );
    for (const row of rows) {
      count.checked++;
      const sealed = String(row.sealed);
      if (!cipher.needsReencryption(sealed)) continue;
      const associatedData = secret.associatedData(row);
      let plaintext: string;
      try {
        plaintext = cipher.decrypt(sealed, associatedData);
      } catch {
        count.failed.push(String(row.id));
        continue;
      }
      const changed = await store.execute(
        `UPDATE ${secret.table} SET ${secret.column} = ? WHERE id = ? AND ${secret.column} = ?`,
        [cipher.encrypt(plaintext, associatedData), String(row.id), sealed],
      );
      if (changed === 1) count.reencrypted++;
    }
    if (rows.length < PAGE_SIZE) return count;
    after = String(rows.at(-1)!.id);
  }
}
