import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium-args.ts';
import { launchChromium } from './launch-chromium.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('launchChromium, with the Chromium the global setup found', () => {
  it('renders a page, runs its script and takes typing', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<h1>Hello</h1><label>Name <input name="name"></label><script>document.querySelector("h1").append(" from JS")</script>',
    );
    expect(await page.textContent('h1')).toBe('Hello from JS');
    await page.getByLabel('Name').fill('Ada');
    expect(await page.getByLabel('Name').inputValue()).toBe('Ada');
    expect((await page.screenshot()).subarray(1, 4).toString()).toBe('PNG');
  });

  it('starts each browser with the shared flags and its own temporary user-data-dir, removed on close', async () => {
    const commandLine = async (launched: Browser) => {
      const session = await launched.newBrowserCDPSession();
      const { arguments: args } = (await session.send('Browser.getBrowserCommandLine')) as {
        arguments: string[];
      };
      return args;
    };
    // Chromium tells its command line only with --enable-automation
    const first = await launchChromium({ args: ['--enable-automation'] });
    const second = await launchChromium({ args: ['--enable-automation'] });
    const profiles: string[] = [];
    try {
      for (const launched of [first, second]) {
        const args = await commandLine(launched);
        expect(args).toEqual(expect.arrayContaining([...CHROMIUM_ARGS]));
        const profile = args
          .find((arg) => arg.startsWith('--user-data-dir='))
          ?.slice('--user-data-dir='.length);
        expect(profile?.startsWith(tmpdir())).toBe(true);
        profiles.push(profile ?? '');
      }
      expect(profiles[0]).not.toBe(profiles[1]);
      expect(profiles.every((profile) => existsSync(profile))).toBe(true);
    } finally {
      await first.close();
      await second.close();
    }
    expect(profiles.some((profile) => existsSync(profile))).toBe(false);
  });
});
