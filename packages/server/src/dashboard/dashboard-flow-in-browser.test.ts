import { launchChromium } from '@internal/browser';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotBothWidths, signInToDashboard } from '../test-support/dashboard-browser.ts';
import { startTestServer, type TestServer } from '../test-support/start-test-server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the README's flow from the dashboard alone", () => {
  it('auth config → connect link → account ACTIVE → session → MCP snippet → log of the call', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await signInToDashboard(page, server.url);

      // 1. An auth config for the toolkit (API keys: the user types theirs on the connect page).
      await page.getByRole('link', { name: 'Auth configs', exact: true }).click();
      await page.getByLabel('Toolkit', { exact: true }).selectOption('echo');
      await page.getByLabel('Mode').selectOption('api_key');
      await page.getByLabel('Name').first().fill('Echo keys');
      await page.getByRole('button', { name: 'Create auth config' }).click();
      await page.waitForURL(/notice=created/);

      // 2. A connect link for the user.
      await page.getByRole('link', { name: 'Accounts', exact: true }).click();
      await page.getByLabel('User id').fill('judy');
      await page.getByRole('combobox', { name: 'Toolkit' }).selectOption('echo');
      await page.getByRole('button', { name: 'Make link' }).click();
      const link = (await page.locator('#connect-link').textContent())!;

      // 3. The user opens it and connects: the account is ACTIVE.
      const userPage = await context.newPage();
      await userPage.goto(link);
      await userPage.getByLabel('API key').fill('key-alice');
      await userPage.getByLabel('API key').press('Enter');
      await userPage.getByRole('heading', { name: 'Echo is connected' }).waitFor();
      await userPage.close();
      await page.goto(`${server.url}/dashboard/accounts?user=judy`);
      expect(await page.locator('tbody tr').count()).toBe(1);
      expect(await page.locator('tbody tr .badge').first().textContent()).toBe('ACTIVE');
      await screenshotBothWidths(page, 'flow-account-active');

      // 4. A session for the user, and its MCP snippet.
      await page.getByRole('link', { name: 'Sessions', exact: true }).click();
      await page.getByLabel('User id').fill('judy');
      await page.getByLabel('Toolkits').fill('echo');
      await page.getByRole('button', { name: 'Create session' }).click();
      await page.waitForURL(/\/dashboard\/sessions\/ses_/);
      await screenshotBothWidths(page, 'flow-session');
      const snippet = JSON.parse(await page.getByLabel('VS Code').inputValue()) as {
        servers: { toolrouter: { url: string; headers: Record<string, string> } };
      };

      // 5. An MCP client configured from the snippet calls a tool.
      const client = new Client({ name: 'dashboard-flow', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(snippet.servers.toolrouter.url), {
          requestInit: { headers: snippet.servers.toolrouter.headers },
        }),
      );
      try {
        const result = (await client.callTool({
          name: 'TOOLROUTER_MULTI_EXECUTE_TOOL',
          arguments: { tools: [{ tool_slug: 'ECHO_GET', arguments: { id: '42' } }] },
        })) as { isError?: boolean; content: Array<{ text: string }> };
        expect(result.isError).toBeFalsy();
        expect(result.content[0]!.text).toContain('/things/42');
      } finally {
        await client.close();
      }

      // 6. The call in the execution log.
      await page.getByRole('link', { name: 'Logs', exact: true }).click();
      await page.getByLabel('User').fill('judy');
      await page.getByLabel('Tool', { exact: true }).fill('ECHO_GET');
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(/user=judy/);
      const row = page.locator('tbody tr').first();
      expect(await row.textContent()).toContain('ECHO_GET');
      expect(await row.locator('.badge').textContent()).toBe('ok');
      await row.locator('a').first().click();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tool call');
      // What the agent sent and got, as the log kept it.
      expect(JSON.parse((await page.getByLabel('arguments').textContent())!)).toEqual({ id: '42' });
      expect(JSON.parse((await page.getByLabel('result').textContent())!)).toMatchObject({
        account: 'alice',
        path: '/things/42',
      });
      expect(await page.content()).not.toContain('key-alice');
      await screenshotBothWidths(page, 'flow-log');
    } finally {
      await context.close();
    }
  });
});
