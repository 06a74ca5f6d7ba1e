import { fileURLToPath } from 'node:url';
import {
  type ChatHistoryItem,
  createNotesRouter,
  drain,
  NOTES,
  NOTES_API_KEY,
  type NotesApi,
  nextChatStep,
  runMainWithoutKey,
  startNotesApi,
  submitConnectForm,
} from '@example/test-kit';
import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { LangchainProvider } from '@toolrouter/langchain';
import { createServer } from '@toolrouter/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChat } from './create-chat.ts';

const BASE_URL = 'http://127.0.0.1:8080';

let api: NotesApi;
beforeAll(async () => {
  api = await startNotesApi();
});
afterAll(() => api?.close());

/** LangChain's own fake chat model, following the chat script from the messages the agent sent it. */
function scriptedModel(calls: number) {
  let call = 0;
  const respond = (messages: BaseMessage[]) => {
    call += 1;
    const step = nextChatStep(historyOf(messages));
    if ('text' in step) return new AIMessage(step.text);
    return new AIMessage({
      content: '',
      tool_calls: [{ id: `call_${call}`, name: step.tool, args: step.args, type: 'tool_call' }],
    });
  };
  let model = fakeModel();
  for (let index = 0; index < calls; index += 1) model = model.respond(respond);
  return model;
}

function historyOf(messages: BaseMessage[]): ChatHistoryItem[] {
  return messages.flatMap((message): ChatHistoryItem[] => {
    if (HumanMessage.isInstance(message)) return [{ role: 'user', text: message.text }];
    if (ToolMessage.isInstance(message))
      return [{ role: 'tool', tool: message.name ?? '', output: message.text }];
    return [];
  });
}

describe('the LangChain chat', () => {
  it('searches, shows a connect link, and after the user connects answers with the API data', async () => {
    const router = createNotesRouter({
      provider: new LangchainProvider(),
      notesApiUrl: api.url,
      baseUrl: BASE_URL,
    });
    const model = scriptedModel(5);
    const chat = await createChat({ model, router, userId: 'alice', toolkits: ['notes', 'custom'] });

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
    expect(
      second.events
        .filter((event) => event.type === 'text')
        .map((event) => event.delta)
        .join(''),
    ).toBe(second.result);
    expect(api.requests).toEqual([{ method: 'GET', path: '/notes', authorized: true }]);
    expect(model.callCount).toBe(5);
    await router.close();
  });

  it('exits with the instructions when OPENAI_API_KEY is not set', async () => {
    const { code, stderr } = await runMainWithoutKey(fileURLToPath(new URL('..', import.meta.url)));
    expect(code).toBe(1);
    expect(stderr).toContain('export OPENAI_API_KEY=');
    expect(stderr).toContain('export OPENAI_BASE_URL=http://localhost:11434/v1');
  });
});
