import { migrateStore, type ReencryptCount, reencryptSecrets } from '@toolrouter/core';
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
 * `TOOLROUTER_ENCRYPTION_KEYS` (new key first, old keys after it). Restart the servers with the new
 * key list first, run this, and drop an old key only after a run without failures.
 */
export async function keysRotateCommand(io: CliIo): Promise<number> {
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
