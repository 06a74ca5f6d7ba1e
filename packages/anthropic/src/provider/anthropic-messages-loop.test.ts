import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import {
  connectedEchoRouter,
  type EchoApi,
  nextScriptedStep,
  SCRIPTED_ANSWER,
  startConformanceEchoApi,
} from '@internal/provider-conformance';
import { SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnthropicProvider } from './anthropic-provider.ts';

interface MessagesRequest {
  model: string;
  messages: Array<{
    role: string;
    content: string | Array<{ type: string; content?: string; is_error?: boolean }>;
  }>;
  tools: Array<{ name: string; description: string; input_schema: unknown }>;
}

/**
 * A local stand-in for `POST /v1/messages` that follows the toolrouter script: it reads the
 * `tool_result` blocks of the conversation and answers with a `tool_use` block or a text block.
 */
async function startScriptedMessagesApi() {
  const requests: MessagesRequest[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as MessagesRequest;
    requests.push(body);
    const outputs = body.messages
      .flatMap((message) => (typeof message.content === 'string' ? [] : message.content))
      .filter((block) => block.type === 'tool_result')
      .map((block) => block.content ?? '');
    const step = nextScriptedStep(outputs);
    const index = requests.length;
    const content =
      'text' in step
        ? [{ type: 'text', text: step.text, citations: null }]
        : [
            {
              type: 'tool_use',
              id: `toolu_${index}`,
              name: step.tool,
              input: step.args,
              caller: { type: 'direct' },
            },
          ];
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: `msg_${index}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: 'text' in step ? 'end_turn' : 'tool_use',
        stop_sequence: null,
        usage: { input_tokens: 10, output_tokens: 5 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let api: EchoApi;
let messagesApi: Awaited<ReturnType<typeof startScriptedMessagesApi>>;
beforeAll(async () => {
  api = await startConformanceEchoApi();
  messagesApi = await startScriptedMessagesApi();
});
afterAll(async () => {
  await api.close();
  await messagesApi.close();
});

describe('AnthropicProvider in a Messages API loop', () => {
  it('runs search then multi-execute with the Anthropic client and answers with the API data', async () => {
    const provider = new AnthropicProvider();
    const router = await connectedEchoRouter(api.url, provider);
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const anthropic = new Anthropic({ apiKey: 'sk-ant-test', baseURL: messagesApi.baseURL, maxRetries: 0 });
    const tools = await session.tools();
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'What is thing 42?' }];

    let message = await anthropic.messages.create({
      model: 'claude-test',
      max_tokens: 1024,
      messages,
      tools,
    });
    for (let turn = 0; turn < 5 && message.stop_reason === 'tool_use'; turn++) {
      messages.push({ role: 'assistant', content: message.content });
      messages.push({ role: 'user', content: await provider.handleToolCalls(session, message, { tools }) });
      message = await anthropic.messages.create({ model: 'claude-test', max_tokens: 1024, messages, tools });
    }

    expect(message.content).toEqual([expect.objectContaining({ type: 'text', text: SCRIPTED_ANSWER })]);
    expect(messagesApi.requests).toHaveLength(3);
    expect(messagesApi.requests[0]!.tools[0]).toEqual({
      name: 'TOOLROUTER_SEARCH_TOOLS',
      description: expect.any(String),
      input_schema: SEARCH_TOOLS_INPUT_SCHEMA,
    });
    const lastTurn = messagesApi.requests[2]!.messages.at(-1)!;
    expect(lastTurn.role).toBe('user');
    expect(lastTurn.content).toEqual([
      { type: 'tool_result', tool_use_id: 'toolu_2', content: expect.stringContaining('"successful":true') },
    ]);
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });
});

describe('AnthropicProvider in the SDK tool runner', () => {
  it('runs search then multi-execute in anthropic.beta.messages.toolRunner and answers with the API data', async () => {
    messagesApi.requests.length = 0;
    const router = await connectedEchoRouter(api.url, new AnthropicProvider());
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const anthropic = new Anthropic({ apiKey: 'sk-ant-test', baseURL: messagesApi.baseURL, maxRetries: 0 });

    const message = await anthropic.beta.messages.toolRunner({
      model: 'claude-test',
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'What is thing 42?' }],
      tools: await session.tools(),
      thread: false,
      max_iterations: 5,
    });

    expect(message.content).toEqual([expect.objectContaining({ type: 'text', text: SCRIPTED_ANSWER })]);
    expect(messagesApi.requests).toHaveLength(3);
    // The API got each definition alone, not the runner's functions.
    expect(messagesApi.requests[0]!.tools[0]).toEqual({
      name: 'TOOLROUTER_SEARCH_TOOLS',
      description: expect.any(String),
      input_schema: SEARCH_TOOLS_INPUT_SCHEMA,
    });
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });
});
