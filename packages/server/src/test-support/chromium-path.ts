import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH`, else `/usr/bin/chromium`. Missing, it is
 * an error that says how to install one (browser tests are never skipped).
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return path;
}
