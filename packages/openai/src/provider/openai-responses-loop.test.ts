import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  connectedEchoRouter,
  type EchoApi,
  nextScriptedStep,
  SCRIPTED_ANSWER,
  startConformanceEchoApi,
} from '@internal/provider-conformance';
import { SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAIResponsesProvider } from './openai-responses-provider.ts';

interface ResponsesRequest {
  model: string;
  previous_response_id?: string;
  input: string | Array<{ type?: string; output?: string }>;
  tools: Array<{ type: string; name: string; parameters: unknown; strict: boolean }>;
}

/**
 * A local stand-in for `POST /v1/responses` that follows the toolrouter script: it reads the
 * `function_call_output` items of the conversation (kept per response, for `previous_response_id`)
 * and answers with a function call or a message.
 */
async function startScriptedResponsesApi() {
  const requests: ResponsesRequest[] = [];
  const toolOutputsByResponse = new Map<string, string[]>();
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ResponsesRequest;
    requests.push(body);
    const input = typeof body.input === 'string' ? [] : body.input;
    const outputs = [
      ...(body.previous_response_id ? (toolOutputsByResponse.get(body.previous_response_id) ?? []) : []),
      ...input.filter((item) => item.type === 'function_call_output').map((item) => item.output ?? ''),
    ];
    const step = nextScriptedStep(outputs);
    const index = requests.length;
    toolOutputsByResponse.set(`resp_${index}`, outputs);
    const output =
      'text' in step
        ? [
            {
              type: 'message',
              id: `msg_${index}`,
              role: 'assistant',
              status: 'completed',
              content: [{ type: 'output_text', text: step.text, annotations: [] }],
            },
          ]
        : [
            {
              type: 'function_call',
              id: `fc_${index}`,
              call_id: `call_${index}`,
              name: step.tool,
              arguments: JSON.stringify(step.args),
              status: 'completed',
            },
          ];
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: `resp_${index}`,
        object: 'response',
        created_at: 1_750_000_000,
        status: 'completed',
        model: body.model,
        output,
        parallel_tool_calls: true,
        tool_choice: 'auto',
        tools: body.tools,
        usage: { input_tokens: 10, output_tokens: 5, total_tokens: 15 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let api: EchoApi;
let responsesApi: Awaited<ReturnType<typeof startScriptedResponsesApi>>;
beforeAll(async () => {
  api = await startConformanceEchoApi();
  responsesApi = await startScriptedResponsesApi();
});
afterAll(async () => {
  await api.close();
  await responsesApi.close();
});

describe('OpenAIResponsesProvider in a Responses API loop', () => {
  it('runs search then multi-execute with the openai client and answers with the API data', async () => {
    const provider = new OpenAIResponsesProvider();
    const router = await connectedEchoRouter(api.url, provider);
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const openai = new OpenAI({ apiKey: 'sk-test', baseURL: responsesApi.baseURL, maxRetries: 0 });
    const tools = await session.tools();

    let response = await openai.responses.create({ model: 'gpt-5', input: 'What is thing 42?', tools });
    for (let turn = 0; turn < 5 && response.output.some((item) => item.type === 'function_call'); turn++) {
      response = await openai.responses.create({
        model: 'gpt-5',
        previous_response_id: response.id,
        input: await provider.handleToolCalls(session, response, { tools }),
        tools,
      });
    }

    expect(response.output_text).toBe(SCRIPTED_ANSWER);
    expect(responsesApi.requests.map((request) => request.previous_response_id)).toEqual([
      undefined,
      'resp_1',
      'resp_2',
    ]);
    expect(responsesApi.requests[0]!.tools[0]).toEqual({
      type: 'function',
      name: 'TOOLROUTER_SEARCH_TOOLS',
      description: expect.any(String),
      parameters: SEARCH_TOOLS_INPUT_SCHEMA,
      strict: false,
    });
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });
});
