import type { TestProject } from 'vitest/node';
import { ChromiumNotFoundError } from './chromium-not-found-error.ts';
import { type ChromiumSource, findChromium } from './find-chromium.ts';

const FROM: Record<ChromiumSource, string> = {
  CHROMIUM_PATH: 'from CHROMIUM_PATH',
  machine: 'already on this machine',
  '@sparticuz/chromium': 'brought by the @sparticuz/chromium npm package',
  apt: "Debian's chromium, just installed with apt-get",
};

/**
 * vitest global setup for every package with browser tests: finds (or brings) a Chromium with
 * {@link findChromium} before any test file starts, says which one in one line, and hands its path
 * to `launchChromium()` in the test workers. A machine without one fails the run with one line that
 * says what to install: the browser tests never skip.
 *
 * @example
 * // vitest.config.ts
 * test: { globalSetup: ['@internal/browser/global-setup'] }
 */
export default async function setupChromium(project: TestProject): Promise<void> {
  const found = await findChromium().catch((error: unknown) => {
    // the message is the whole story: no stack under it
    if (ChromiumNotFoundError.isInstance(error)) error.stack = `${error.name}: ${error.message}`;
    throw error;
  });
  console.log(`browser tests: Chromium ${found.version} at ${found.path} (${FROM[found.source]})`);
  project.provide('chromiumPath', found.path);
}
