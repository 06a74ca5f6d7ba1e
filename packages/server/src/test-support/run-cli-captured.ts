import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.ts';
import { captureIo } from './capture-io.ts';

/** Runs one `toolrouter` command with `env` and returns its exit code and what it printed. */
export async function runCliCaptured(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(env);
  const code = await runCli(args, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

/**
 * The environment of a CLI test: a fresh SQLite file, encryption key and admin key file in `directory`,
 * quiet logs, and no generated catalog (tests that want it set `TOOLROUTER_CATALOG`).
 */
export function cliTestEnv(directory: string): Record<string, string> {
  return {
    TOOLROUTER_DATABASE_URL: `sqlite:${join(directory, 'toolrouter.db')}`,
    TOOLROUTER_ENCRYPTION_KEYS: randomBytes(32).toString('base64'),
    TOOLROUTER_API_KEY_FILE: join(directory, 'admin-key'),
    LOG_LEVEL: 'silent',
    TOOLROUTER_CATALOG: 'off',
  };
}
