import { launchChromium } from '@internal/browser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screenshotBothWidths, signInToDashboard } from '../test-support/dashboard-browser.ts';
import { startTestServer, type TestServer } from '../test-support/start-test-server.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A 401 or 400 page is the browser's "failed to load resource"; anything else (a CSP violation) is a fault.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  (page as Page & { problems?: string[] }).problems = problems;
});

afterEach(async () => {
  // No CSP violation or script error on any page.
  expect((page as Page & { problems?: string[] }).problems).toEqual([]);
  await context.close();
});

const heading = () => page.getByRole('heading', { level: 1 }).textContent();

describe('the dashboard in headless Chromium', () => {
  it('signs in by keyboard, refusing a wrong key first, and shows the overview', async () => {
    await page.goto(`${server.url}/dashboard/sign-in`);
    await page.keyboard.type('not-the-key');
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    expect(await page.getByRole('alert').textContent()).toContain('not the admin key');
    await signInToDashboard(page, server.url);
    expect(await heading()).toBe('Overview');
    expect(await page.getByText('reachable').count()).toBeGreaterThan(0);
    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const cookies = await context.cookies();
    expect(cookies).toEqual([
      expect.objectContaining({ name: 'toolrouter_dashboard', httpOnly: true, sameSite: 'Strict' }),
    ]);
    await screenshotBothWidths(page, 'overview');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/dashboard/sign-in`);
  });

  it('searches the toolkits and shows a toolkit with its OAuth setup and tool schemas', async () => {
    await signInToDashboard(page, server.url);
    await page.getByRole('link', { name: 'Toolkits', exact: true }).click();
    await page.getByLabel('Search toolkits').fill('oauth');
    await page.getByLabel('Search toolkits').press('Enter');
    await page.waitForURL(/q=oauth/);
    await screenshotBothWidths(page, 'toolkits');
    await page.getByRole('link', { name: 'OAuth Echo' }).click();
    expect(await heading()).toBe('OAuth Echo');
    expect(await page.getByText(`${server.url}/oauth/callback`).count()).toBe(1);
    await page.getByText('OAUTHECHO_GET').click();
    expect(await page.locator('details[open] pre').first().textContent()).toContain('"required"');
    await screenshotBothWidths(page, 'toolkit');
  });

  it('creates, edits, makes default and deletes auth configs', async () => {
    await signInToDashboard(page, server.url);
    await page.goto(`${server.url}/dashboard/auth-configs`);
    await page.getByLabel('Toolkit', { exact: true }).selectOption('oauthecho');
    await page.getByLabel('Mode').selectOption('oauth2');
    await page.getByLabel('Name').first().fill('Production app');
    await page.getByLabel('OAuth client id').fill('client-1');
    await page.getByLabel('OAuth client secret').fill('secret-never-shown');
    await page.getByLabel('Scopes').first().fill('read, write');
    await page.getByRole('button', { name: 'Create auth config' }).click();
    await page.waitForURL(/notice=created/);
    await page.getByLabel('Toolkit', { exact: true }).selectOption('oauthecho');
    await page.getByLabel('Mode').selectOption('oauth2');
    await page.getByLabel('Name').first().fill('Staging app');
    await page.getByLabel('OAuth client id').fill('client-2');
    await page.getByRole('button', { name: 'Create auth config' }).click();
    await page.waitForURL(/notice=created/);
    expect(await page.content()).not.toContain('secret-never-shown');
    await page.getByRole('button', { name: 'Make Staging app the default' }).click();
    await page.waitForURL(/notice=default/);
    const configs = await server.router.authConfigs.list({ toolkit: 'oauthecho' });
    expect(configs.find((config) => config.name === 'Staging app')?.isDefault).toBe(true);
    await screenshotBothWidths(page, 'auth-configs');
    const staging = configs.find((config) => config.name === 'Staging app')!;
    await page.getByText('Edit').nth(configs.indexOf(staging)).click();
    await page.locator(`#name-${staging.id}`).fill('Staging app v2');
    await page.locator(`#name-${staging.id}`).press('Enter');
    await page.waitForURL(/notice=saved/);
    expect((await server.router.authConfigs.get(staging.id)).name).toBe('Staging app v2');
    await page.getByRole('button', { name: 'Delete Production app' }).click();
    await page.waitForURL(/notice=deleted/);
    expect(await server.router.authConfigs.list({ toolkit: 'oauthecho' })).toHaveLength(1);
  });

  it('filters accounts, disables and enables one, and makes a connect link', async () => {
    await server.connectEchoAccounts();
    await signInToDashboard(page, server.url);
    await page.goto(`${server.url}/dashboard/accounts`);
    await page.getByLabel('User', { exact: true }).fill('alice');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/user=alice/);
    const [alice] = await server.router.connectedAccounts.list({ userId: 'alice' });
    await page.getByRole('button', { name: `Disable ${alice!.id}` }).click();
    await page.waitForURL(/notice=disabled/);
    expect((await server.router.connectedAccounts.get(alice!.id)).status).toBe('INACTIVE');
    await page.getByRole('button', { name: `Enable ${alice!.id}` }).click();
    await page.waitForURL(/notice=enabled/);
    expect((await server.router.connectedAccounts.get(alice!.id)).status).toBe('ACTIVE');
    await page.getByLabel('User id').fill('grace');
    await page.getByRole('combobox', { name: 'Toolkit' }).selectOption('echo');
    await page.getByRole('button', { name: 'Make link' }).click();
    const link = await page.locator('#connect-link').textContent();
    expect(link).toMatch(new RegExp(`^${server.url}/connect/lnk_`));
    await screenshotBothWidths(page, 'accounts');
  });

  it('creates a session, shows its MCP snippets and rotates its token', async () => {
    await signInToDashboard(page, server.url);
    await page.goto(`${server.url}/dashboard/sessions`);
    await page.getByLabel('User id').fill('heidi');
    await page.getByLabel('Toolkits').fill('echo, publicecho');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.waitForURL(/\/dashboard\/sessions\/ses_\w+\?notice=created/);
    const [session] = await server.router.sessions.list({ userId: 'heidi' });
    for (const client of ['Claude Desktop', 'Cursor', 'VS Code', 'Claude Code']) {
      expect(await page.getByLabel(client).inputValue()).toContain(session!.mcp.url);
    }
    const cursor = JSON.parse(await page.getByLabel('Cursor').inputValue());
    expect(cursor.mcpServers.toolrouter.headers.Authorization).toBe(session!.mcp.headers.Authorization);
    await screenshotBothWidths(page, 'session');
    await page.getByRole('button', { name: /Rotate MCP token/ }).click();
    await page.waitForURL(/notice=rotated/);
    const rotated = JSON.parse(await page.getByLabel('Cursor').inputValue());
    expect(rotated.mcpServers.toolrouter.headers.Authorization).not.toBe(session!.mcp.headers.Authorization);
    const old = session!.mcp.headers.Authorization!.replace('Bearer ', '');
    expect(await server.router.sessions.authenticate(session!.sessionId, old)).toBeUndefined();
    await page.goto(`${server.url}/dashboard/sessions`);
    await screenshotBothWidths(page, 'sessions');
  });

  it('filters the execution logs and opens one', async () => {
    await server.connectEchoAccounts();
    const session = await server.router.create('alice', { toolkits: ['echo'] });
    await session.execute('ECHO_GET', { id: '7' });
    await session.execute('ECHO_GET', { id: 'missing', extra: true });
    await signInToDashboard(page, server.url);
    await page.goto(`${server.url}/dashboard/logs`);
    await page.getByLabel('Session').fill(session.sessionId);
    await page.getByLabel('Status').selectOption('ok');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/status=ok/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await screenshotBothWidths(page, 'logs');
    // A time window (UTC) that ends before the calls finds none; one that starts before them finds them.
    const utcMinute = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
    await page.getByLabel('Until (UTC)').fill(utcMinute(-3_600_000));
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/until=\d{4}-/);
    expect(await page.getByText('No tool calls match.').count()).toBe(1);
    await page.getByLabel('Until (UTC)').fill('');
    await page.getByLabel('From (UTC)').fill(utcMinute(-3_600_000));
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/since=\d{4}-\d\d-\d\dT\d\d%3A\d\d&until=$/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.locator('tbody tr a').first().click();
    expect(await heading()).toBe('Tool call');
    expect(await page.getByText('ECHO_GET').count()).toBeGreaterThan(0);
    expect(await page.getByText('Duration').count()).toBe(1);
    expect(JSON.parse((await page.getByLabel('arguments').textContent())!)).toEqual({ id: '7' });
    expect(JSON.parse((await page.getByLabel('result').textContent())!)).toMatchObject({ path: '/things/7' });
    await screenshotBothWidths(page, 'log');
  });

  it('ranks a session’s tools with scores in the search playground', async () => {
    const session = await server.router.create('ivan', { toolkits: ['echo', 'publicecho'] });
    await signInToDashboard(page, server.url);
    await page.getByRole('link', { name: 'Search playground', exact: true }).click();
    await page.getByLabel('Session').selectOption(session.sessionId);
    await page.getByLabel('Request').fill('delete a thing');
    await page.getByLabel('Request').press('Enter');
    await page.waitForURL(/q=delete/);
    const first = page.locator('tbody tr').first();
    expect(await first.textContent()).toContain('_DELETE');
    expect(await first.locator('td').nth(2).textContent()).toMatch(/^\d+\.\d{3}$/);
    await screenshotBothWidths(page, 'playground');
  });
});
