import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EncryptionError } from '../errors/encryption-error.ts';
import { type EncryptionKey, parseEncryptionKeys } from './parse-encryption-keys.ts';

export interface ResolveEncryptionKeysOptions {
  encryptionKeys?: readonly string[];
  /** Where the development key lives when no key is configured. */
  keyFile: string;
  /** True for stores whose data dies with the process: an ephemeral key, no file, no warning. */
  ephemeral: boolean;
  env: Record<string, string | undefined>;
  warn: (message: string) => void;
}

/**
 * Keys from the option, else `TOOLROUTER_ENCRYPTION_KEYS` (comma-separated, first encrypts). With
 * neither: an error in production, else a generated development key file and a warning.
 */
export function resolveEncryptionKeys(options: ResolveEncryptionKeysOptions): EncryptionKey[] {
  const configured = options.encryptionKeys ?? options.env.TOOLROUTER_ENCRYPTION_KEYS?.split(',');
  if (configured?.some((value) => value.trim())) return parseEncryptionKeys(configured);
  if (options.ephemeral) return parseEncryptionKeys([`ephemeral:${randomBytes(32).toString('base64')}`]);
  if (options.env.NODE_ENV === 'production') {
    throw new EncryptionError({
      message:
        'No encryption key configured and NODE_ENV=production. Set TOOLROUTER_ENCRYPTION_KEYS to a 32-byte key (openssl rand -base64 32) or pass encryptionKeys to new ToolRouter().',
    });
  }
  if (!existsSync(options.keyFile)) {
    mkdirSync(dirname(options.keyFile), { recursive: true });
    try {
      writeFileSync(options.keyFile, `dev:${randomBytes(32).toString('base64')}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (error) {
      // Another process created it first: use that one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    options.warn(
      `toolrouter: no encryption key configured; generated a development key in ${options.keyFile}. Set TOOLROUTER_ENCRYPTION_KEYS in production.`,
    );
  }
  return parseEncryptionKeys([readFileSync(options.keyFile, 'utf8')]);
}
