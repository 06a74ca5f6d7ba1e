import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const DEFAULT_ADMIN_KEY_FILE = './.toolrouter/admin-key';

/**
 * The admin API key: `TOOLROUTER_API_KEY`; else, outside production, the key in
 * `./.toolrouter/admin-key`, generated on first use (mode 0600) with a notice. Production without
 * a key is an error: the REST API must never run open or with a key nobody chose.
 *
 * @example
 * const { apiKey, source } = resolveAdminKey(process.env, console.error);
 */
export function resolveAdminKey(
  env: Record<string, string | undefined>,
  notice: (message: string) => void,
  keyFile = env.TOOLROUTER_API_KEY_FILE ?? DEFAULT_ADMIN_KEY_FILE,
): { apiKey: string; source: 'env' | 'file' } {
  const configured = env.TOOLROUTER_API_KEY?.trim();
  if (configured) return { apiKey: configured, source: 'env' };
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'TOOLROUTER_API_KEY is required when NODE_ENV=production. Generate one with: openssl rand -base64 32',
    );
  }
  if (!existsSync(keyFile)) {
    mkdirSync(dirname(keyFile), { recursive: true });
    try {
      writeFileSync(keyFile, `trk_${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
      notice(
        `toolrouter: generated an admin API key in ${keyFile} (development only; set TOOLROUTER_API_KEY in production).`,
      );
    } catch (error) {
      // Another process wrote it first: use that one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const apiKey = readFileSync(keyFile, 'utf8').trim();
  if (!apiKey) {
    // Never start with the REST API silently disabled (or read a file another process has just created).
    throw new Error(
      `The admin key file ${keyFile} is empty. Delete it to have a new key generated, or set TOOLROUTER_API_KEY.`,
    );
  }
  return { apiKey, source: 'file' };
}
