import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The Chromium executable `@internal/browser/global-setup` found for this run. */
    chromiumPath: string;
  }
}

/**
 * Starts headless Chromium through playwright-core with {@link CHROMIUM_ARGS} (plus `options.args`)
 * and a fresh, temporary user-data-dir (playwright's `launch` makes one per browser and deletes it
 * on close). Without `executablePath` it takes the one the package's vitest global setup
 * `@internal/browser/global-setup` found.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await (await browser.newContext()).newPage();
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? (await providedChromiumPath());
  return chromium.launch({
    ...options,
    executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

async function providedChromiumPath(): Promise<string> {
  const { inject } = await import('vitest');
  const path = inject('chromiumPath');
  if (!path)
    throw new Error(
      "launchChromium() has no Chromium: add '@internal/browser/global-setup' to test.globalSetup in this package's vitest config, or pass executablePath.",
    );
  return path;
}
