import { fileURLToPath } from 'node:url';
import {
  createNotesRouter,
  drain,
  type FakeOpenAI,
  NOTES,
  NOTES_API_KEY,
  type NotesApi,
  runMainWithoutKey,
  startFakeOpenAI,
  startNotesApi,
  submitConnectForm,
} from '@example/test-kit';
import { OpenAIProvider } from '@toolrouter/core';
import { createServer } from '@toolrouter/server';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChat } from './create-chat.ts';

const BASE_URL = 'http://127.0.0.1:8080';

let api: NotesApi;
let openai: FakeOpenAI;
beforeAll(async () => {
  api = await startNotesApi();
  // The OpenAI SDK has no mock model: a local server speaks Chat Completions (streamed) instead.
  openai = await startFakeOpenAI();
});
afterAll(async () => {
  await api?.close();
  await openai?.close();
});

describe('the OpenAI SDK chat', () => {
  it('searches, shows a connect link, and after the user connects answers with the API data', async () => {
    const router = createNotesRouter({
      provider: new OpenAIProvider(),
      notesApiUrl: api.url,
      baseUrl: BASE_URL,
    });
    const client = new OpenAI({ apiKey: 'test-key', baseURL: openai.baseUrl, maxRetries: 0 });
    const chat = await createChat({
      client,
      model: 'gpt-test',
      router,
      userId: 'alice',
      toolkits: ['notes', 'custom'],
    });

    const first = await drain(chat.send('What is in my notes?'));
    const links = first.events.flatMap((event) => (event.type === 'connect-link' ? [event.link] : []));
    expect(links).toEqual([{ toolkit: 'notes', url: expect.stringMatching(`^${BASE_URL}/connect/lnk_`) }]);
    expect(first.result).toContain(links[0]!.url);
    expect(first.events.filter((event) => event.type === 'tool-call').map((event) => event.tool)).toEqual([
      'TOOLROUTER_SEARCH_TOOLS',
      'TOOLROUTER_MANAGE_CONNECTIONS',
    ]);
    expect(api.requests).toEqual([]);

    // The user opens the link and submits the hosted connect form.
    const app = createServer(router, { baseUrl: BASE_URL, env: {} });
    const connected = await submitConnectForm((request) => app.fetch(request), links[0]!.url, {
      apiKey: NOTES_API_KEY,
    });
    expect(connected.body).toContain('Notes is connected');

    const second = await drain(chat.send('Done, I connected it.'));
    expect(second.result).toContain(`"${NOTES[0].title}" and "${NOTES[1].title}"`);
    expect(second.result).toMatch(/It is .+ in UTC\./);
    const texts = second.events.filter((event) => event.type === 'text').map((event) => event.delta);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe(second.result);
    // The beforeExecute modifier saw the app tools run inside TOOLROUTER_MULTI_EXECUTE_TOOL.
    expect(
      second.events
        .filter((event) => event.type === 'app-tool')
        .map((event) => event.tool)
        .sort(),
    ).toEqual(['GET_CURRENT_TIME', 'NOTES_LIST_NOTES']);
    expect(api.requests).toEqual([{ method: 'GET', path: '/notes', authorized: true }]);
    // Every request streamed, carried the session's meta-tools and the whole conversation.
    expect(openai.requests).toHaveLength(5);
    expect(openai.requests.every((request) => request.stream === true)).toBe(true);
    expect(openai.requests[0]!.tools?.map((tool) => tool.function.name)).toContain('TOOLROUTER_SEARCH_TOOLS');
    expect(openai.requests.at(-1)!.messages.filter((message) => message.role === 'user')).toHaveLength(2);
    await router.close();
  });

  it('exits with the instructions when OPENAI_API_KEY is not set', async () => {
    const { code, stderr } = await runMainWithoutKey(fileURLToPath(new URL('..', import.meta.url)));
    expect(code).toBe(1);
    expect(stderr).toContain('export OPENAI_API_KEY=');
    expect(stderr).toContain('export OPENAI_BASE_URL=http://localhost:11434/v1');
  });
});
