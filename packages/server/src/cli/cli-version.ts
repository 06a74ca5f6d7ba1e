import { readFileSync } from 'node:fs';

/**
 * The version of @toolrouter/server, read from its package.json (two folders up from both
 * `src/cli/` and `dist/cli/`).
 *
 * @example
 * io.stdout(`toolrouter ${cliVersion()}`);
 */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
