import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { TEST_API_KEY } from './create-test-app.ts';

/** Where browser tests keep their screenshots (git-ignored; kept after the run for people to look at). */
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** Signs in to the dashboard at `url` with the test admin key, by keyboard, and lands on the overview. */
export async function signInToDashboard(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.waitForURL(`${url}/dashboard/sign-in`);
  const field = page.getByLabel('Admin key');
  await field.fill(TEST_API_KEY);
  await Promise.all([page.waitForURL(`${url}/dashboard`), field.press('Enter')]);
}

/**
 * Saves full-page screenshots of `page` at 1280 and 390 px wide (`<name>-1280.png`,
 * `<name>-390.png`), and checks that at 390 px nothing but table wrappers scrolls sideways.
 */
export async function screenshotBothWidths(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) throw new Error(`${name} scrolls sideways by ${overflow}px at ${width}px wide.`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
