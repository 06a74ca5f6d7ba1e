import { parseEncryptionKeys } from '@toolrouter/core';
import {
  countSealedSecrets,
  migrateStore,
  type ReencryptCount,
  reencryptSecrets,
} from '@toolrouter/core/internal';
import type { CliIo } from './cli-io.ts';
import { describeDatabase, openStore } from './open-store.ts';

const LABELS = {
  authConfigs: 'auth config app credentials',
  connectedAccounts: 'connected account credentials',
  sessions: 'session MCP tokens',
  connectLinks: 'OAuth PKCE verifiers',
} as const;

/**
 * `toolrouter keys rotate`: re-encrypts every stored secret with the first key of
 * `TOOLROUTER_ENCRYPTION_KEYS` (new key first, old keys after it). The safe order: add the new key
 * as a decrypt-only key (after the current one) everywhere, then make it the first key everywhere,
 * then run this, then drop the old key after a run without failures. Refuses (exit 2, unless
 * `--force`) while no stored secret is sealed with the new key: step 2 is not done yet.
 */
export async function keysRotateCommand(io: CliIo, options: { force?: boolean } = {}): Promise<number> {
  const keys = (io.env.TOOLROUTER_ENCRYPTION_KEYS ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  if (keys.length === 0) {
    io.stderr(
      'toolrouter keys rotate: set TOOLROUTER_ENCRYPTION_KEYS=<new key>,<old key>[,...] (the first key encrypts). Generate a key with: openssl rand -base64 32',
    );
    return 2;
  }
  const store = await openStore(io.env);
  try {
    await migrateStore(store);
    // Step 3 of the safe order needs step 2 done everywhere: the servers already encrypt with the
    // new key (so every one of them can read it). Secrets sealed with it are the evidence.
    const counts = await countSealedSecrets(store);
    const newKeyId = parseEncryptionKeys(keys)[0]!.id;
    const configured = new Set(parseEncryptionKeys(keys).map((key) => key.id));
    const readableElsewhere = Object.entries(counts).some(
      ([id, count]) => id !== newKeyId && configured.has(id) && count > 0,
    );
    if (!options.force && !counts[newKeyId] && readableElsewhere) {
      io.stderr(
        `toolrouter keys rotate: no stored secret is sealed with the new key '${newKeyId}' yet, so nothing shows that the servers can read it. Safe order: (1) add '${newKeyId}' AFTER the current key in TOOLROUTER_ENCRYPTION_KEYS on every server and restart them; (2) move it first on every server and restart them; (3) run this; (4) remove the old key once this reports no failures. Run with --force if every server already has the new key.`,
      );
      return 2;
    }
    const result = await reencryptSecrets({ store, encryptionKeys: keys });
    io.stdout(`Re-encrypted the secrets in ${describeDatabase(io.env)} with key '${result.keyId}':`);
    const failed: string[] = [];
    for (const [name, label] of Object.entries(LABELS) as Array<[keyof typeof LABELS, string]>) {
      const count: ReencryptCount = result[name];
      io.stdout(
        `  ${label.padEnd(30)} ${count.reencrypted} re-encrypted, ${count.checked - count.reencrypted - count.failed.length} already current${count.failed.length ? `, ${count.failed.length} FAILED` : ''}`,
      );
      failed.push(...count.failed);
    }
    if (failed.length > 0) {
      io.stderr(
        `toolrouter keys rotate: ${failed.length} secret(s) could not be decrypted with any configured key (rows ${failed.join(', ')}). Add the key they were written with to TOOLROUTER_ENCRYPTION_KEYS and run again; keep the old keys until then.`,
      );
      return 1;
    }
    return 0;
  } finally {
    await store.close();
  }
}
