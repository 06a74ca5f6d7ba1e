import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@internal/browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../test-support/dashboard-browser.ts';
import { startTestServer, type TestServer } from '../test-support/start-test-server.ts';

let server: TestServer;
let browser: Browser;
// Kept after the run beside the dashboard's (git-ignored).
const screenshots = SCREENSHOTS;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hosted connect page in headless Chromium, JavaScript off', () => {
  it('connects an API key account: label, fill, submit, success page, account ACTIVE', async () => {
    await server.router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const session = await server.router.create('erin', { toolkits: ['echo'] });
    const request = await session.authorize('echo');
    expect(new URL(request.redirectUrl).origin).toBe(server.url);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const response = await page.goto(request.redirectUrl);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.title()).toBe('Connect Echo · toolrouter');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Connect Echo');
      const field = page.getByLabel('API key');
      expect(await field.getAttribute('type')).toBe('password');
      expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
      const submit = page.getByRole('button', { name: 'Connect Echo' });
      await submit.focus();
      expect(await submit.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.screenshot({ path: join(screenshots, 'connect-form.png'), fullPage: true });

      await field.fill('key-alice');
      await Promise.all([page.waitForURL(request.redirectUrl), field.press('Enter')]);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Echo is connected');
      expect(await page.getByRole('status').textContent()).toContain('close this window');
      expect(await page.content()).not.toContain('key-alice');
      await page.screenshot({ path: join(screenshots, 'connect-connected.png'), fullPage: true });
      expect(existsSync(join(screenshots, 'connect-connected.png'))).toBe(true);
    } finally {
      await context.close();
    }

    const account = await server.router.connectedAccounts.get(request.id);
    expect(account).toMatchObject({ status: 'ACTIVE', userId: 'erin', toolkit: 'echo' });
    const result = await session.execute('ECHO_GET', { id: '5' });
    expect(result.data).toMatchObject({ account: 'alice', path: '/things/5' });
  });

  it('shows a plain page for a link that was already used', async () => {
    const session = await server.router.create('finn', { toolkits: ['echo'] });
    const request = await session.authorize('echo');
    await server.router.connect.submitCredentials(request.linkId, { apiKey: 'key-bob' });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const response = await page.goto(request.redirectUrl);
      expect(response?.status()).toBe(410);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'This connect link was already used',
      );
      expect(await page.locator('form').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
