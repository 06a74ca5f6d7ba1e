import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageModelV4Prompt, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import {
  type ChatHistoryItem,
  createNotesRouter,
  NOTES,
  NOTES_API_KEY,
  type NotesApi,
  nextChatStep,
  runMainWithoutKey,
  type ScriptedStep,
  startNotesApi,
} from '@example/test-kit';
import { launchChromium } from '@internal/browser';
import type { ToolRouter } from '@toolrouter/core';
import { VercelProvider } from '@toolrouter/vercel';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from './server/build-client.ts';
import { createChatApp } from './server/create-chat-app.ts';
import { type ListeningServer, listen } from './server/listen.ts';

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** The AI SDK's mock model, streaming the chat script's next step from the prompt streamText sent it. */
function scriptedModel() {
  let calls = 0;
  return new MockLanguageModelV4({
    doStream: async ({ prompt }) => {
      calls += 1;
      const step = nextChatStep(historyOf(prompt));
      return {
        stream: simulateReadableStream({ chunks: streamOf(step, calls), chunkDelayInMs: 25 }),
      };
    },
  });
}

function historyOf(prompt: LanguageModelV4Prompt): ChatHistoryItem[] {
  return prompt.flatMap((message): ChatHistoryItem[] => {
    if (message.role === 'user') {
      const text = message.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
      return [{ role: 'user', text }];
    }
    if (message.role !== 'tool') return [];
    return message.content.flatMap((part): ChatHistoryItem[] => {
      if (part.type !== 'tool-result') return [];
      const { output } = part;
      const value = output.type === 'text' || output.type === 'json' ? output.value : undefined;
      return [{ role: 'tool', tool: part.toolName, output: value }];
    });
  });
}

/** A step as model stream parts: a tool call, or text in small deltas so the page shows it growing. */
function streamOf(step: ScriptedStep, call: number): LanguageModelV4StreamPart[] {
  if ('tool' in step) {
    return [
      {
        type: 'tool-call',
        toolCallId: `call_${call}`,
        toolName: step.tool,
        input: JSON.stringify(step.args),
      },
      { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
    ];
  }
  const deltas = step.text.match(/.{1,12}/gs) ?? [];
  return [
    { type: 'text-start', id: `text_${call}` },
    ...deltas.map((delta) => ({ type: 'text-delta' as const, id: `text_${call}`, delta })),
    { type: 'text-end', id: `text_${call}` },
    { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
  ];
}

let api: NotesApi;
let server: ListeningServer;
let router: ToolRouter<VercelProvider>;
let browser: Browser;
let screenshots: string;

beforeAll(async () => {
  screenshots = await mkdtemp(join(tmpdir(), 'vercel-ai-chat-'));
  const clientDir = await buildClient(join(screenshots, 'client'));
  api = await startNotesApi();
  server = await listen({ port: 0, host: '127.0.0.1' });
  router = createNotesRouter({ provider: new VercelProvider(), notesApiUrl: api.url, baseUrl: server.url });
  const app = await createChatApp({
    model: scriptedModel(),
    router,
    toolkits: ['notes', 'custom'],
    baseUrl: server.url,
    clientDir,
  });
  server.handle(app.fetch);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await router?.close();
  await api?.close();
});

/** Records every text the newest assistant message shows, so a test can tell it streamed in. */
async function recordAssistantText(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const last = [...document.querySelectorAll('li[data-role="assistant"]')].at(-1);
      const text = [...(last?.querySelectorAll('p') ?? [])].map((p) => p.textContent).join('');
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

describe('the web chat in headless Chromium', () => {
  it('streams answers, shows a Connect button, connects on the hosted page and goes on with the API data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let userId: string | undefined;
    try {
      await page.goto(server.url);
      const box = page.getByLabel('Message');
      await box.waitFor();
      const seen = await recordAssistantText(page);
      await box.fill('What is in my notes?');
      await box.press('Enter');

      const connect = page.getByRole('link', { name: 'Connect notes' });
      await connect.waitFor();
      const answer = page.locator('li[data-role="assistant"]').last();
      await answer.getByText('notes is not connected yet').waitFor();
      await page.locator('.status').waitFor({ state: 'detached' });
      const shown = await seen();
      const final = shown.at(-1)!;
      expect(final).toContain(`Connect it here: ${await connect.getAttribute('href')}`);
      // It arrived in pieces: the page showed parts of the answer before all of it.
      expect(shown.filter((text) => final.startsWith(text) && text !== final).length).toBeGreaterThan(1);
      expect(await answer.locator('.tool-name').allTextContents()).toEqual([
        'Searching tools: done',
        'Checking connections: done',
      ]);
      expect(api.requests).toEqual([]);
      await page.screenshot({ path: join(screenshots, '1-connect-button.png'), fullPage: true });

      // Follow the button to the hosted connect page, submit the key, land back in the chat.
      await Promise.all([page.waitForURL(/\/connect\/lnk_/), connect.click()]);
      await page.getByLabel('API key').fill(NOTES_API_KEY);
      await page.screenshot({ path: join(screenshots, '2-connect-page.png'), fullPage: true });
      await Promise.all([
        page.waitForURL((url) => url.origin === server.url && !url.pathname.startsWith('/connect')),
        page.getByRole('button', { name: 'Connect Notes' }).click(),
      ]);
      await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
      await page.getByText('✓ notes connected').waitFor();
      expect(await page.locator('li[data-role="user"]').allTextContents()).toEqual(['What is in my notes?']);
      expect(await page.getByRole('link', { name: 'Connect notes' }).count()).toBe(0);

      const box2 = page.getByLabel('Message');
      await box2.fill('Done, I connected it.');
      await box2.press('Enter');
      const reply = page.locator('li[data-role="assistant"]').last();
      await reply.getByText(/It is .+ in UTC\./).waitFor();
      const text = (await reply.locator('p').allTextContents()).join('');
      expect(text).toContain(`You have 2 notes: "${NOTES[0].title}" and "${NOTES[1].title}".`);
      expect(await reply.locator('.tool-name').allTextContents()).toEqual(['Running tools: done']);
      await page.screenshot({ path: join(screenshots, '3-answer.png'), fullPage: true });
      expect(existsSync(join(screenshots, '3-answer.png'))).toBe(true);
      userId = (await context.cookies()).find((cookie) => cookie.name === 'chat_user')?.value;
    } finally {
      await context.close();
    }

    expect(api.requests).toEqual([{ method: 'GET', path: '/notes', authorized: true }]);
    // One browser, one session: created on the first visit and reused for every message after.
    const sessions = await router.sessions.list();
    expect(sessions.map((session) => [session.userId, session.config.toolkits])).toEqual([
      [userId, ['notes', 'custom']],
    ]);
  });

  it('exits with the instructions when OPENAI_API_KEY is not set', async () => {
    const { code, stderr } = await runMainWithoutKey(fileURLToPath(new URL('..', import.meta.url)));
    expect(code).toBe(1);
    expect(stderr).toContain('export OPENAI_API_KEY=');
    expect(stderr).toContain('export OPENAI_BASE_URL=http://localhost:11434/v1');
  });
});
