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
import { type AgentInputItem, setTracingDisabled } from '@openai/agents';
import { assistantMessage, functionCall, modelResponder, ScriptedModel } from '@openai/agents/testing';
import { OpenAIAgentsProvider } from '@toolrouter/openai-agents';
import { createServer } from '@toolrouter/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChat } from './create-chat.ts';

const BASE_URL = 'http://127.0.0.1:8080';

let api: NotesApi;
beforeAll(async () => {
  setTracingDisabled(true);
  api = await startNotesApi();
});
afterAll(() => api?.close());

/** The Agents SDK's own scripted model, following the chat script from what the Runner sent it. */
function scriptedModel(calls: number) {
  const respond = modelResponder(({ index, request }) => {
    const step = nextChatStep(historyOf(request.input));
    if ('text' in step) return [assistantMessage(step.text)];
    return [functionCall(step.tool, step.args, { callId: `call_${index}` })];
  });
  return new ScriptedModel(Array.from({ length: calls }, () => respond));
}

function historyOf(input: string | AgentInputItem[]): ChatHistoryItem[] {
  if (typeof input === 'string') return [{ role: 'user', text: input }];
  return input.flatMap((item): ChatHistoryItem[] => {
    if (item.type === 'message' && item.role === 'user') {
      return [{ role: 'user', text: typeof item.content === 'string' ? item.content : '' }];
    }
    if (item.type === 'function_call_result') {
      const output = item.output;
      const text = typeof output === 'string' ? output : 'text' in output ? output.text : '';
      return [{ role: 'tool', tool: item.name, output: text }];
    }
    return [];
  });
}

describe('the OpenAI Agents chat', () => {
  it('searches, shows a connect link, and after the user connects answers with the API data', async () => {
    const router = createNotesRouter({
      provider: new OpenAIAgentsProvider(),
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
    model.assertComplete();
    expect(model.calls.every((call) => call.streamed)).toBe(true);
    await router.close();
  });

  it('exits with the instructions when OPENAI_API_KEY is not set', async () => {
    const { code, stderr } = await runMainWithoutKey(fileURLToPath(new URL('..', import.meta.url)));
    expect(code).toBe(1);
    expect(stderr).toContain('export OPENAI_API_KEY=');
    expect(stderr).toContain('export OPENAI_BASE_URL=http://localhost:11434/v1');
  });
});
