import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Content, GoogleGenAI } from '@google/genai';
import {
  connectedEchoRouter,
  type EchoApi,
  nextScriptedStep,
  SCRIPTED_ANSWER,
  startConformanceEchoApi,
} from '@internal/provider-conformance';
import { SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoogleProvider } from './google-provider.ts';

interface GenerateContentRequest {
  contents: Array<{
    role: string;
    parts: Array<{ functionResponse?: { response: Record<string, unknown> } }>;
  }>;
  tools: Array<{
    functionDeclarations: Array<{ name: string; description: string; parametersJsonSchema: unknown }>;
  }>;
}

/**
 * A local stand-in for `POST /v1beta/models/{model}:generateContent` that follows the toolrouter script:
 * it reads the `functionResponse` parts of the conversation and answers with a `functionCall` or text.
 */
async function startScriptedGeminiApi() {
  const requests: Array<{ url: string; body: GenerateContentRequest }> = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GenerateContentRequest;
    requests.push({ url: request.url ?? '', body });
    const outputs = body.contents
      .flatMap((content) => content.parts)
      .flatMap((part) => (part.functionResponse ? [part.functionResponse.response] : []))
      .map((answer) => answer.output ?? answer.error);
    const step = nextScriptedStep(outputs);
    const part =
      'text' in step ? { text: step.text } : { functionCall: { name: step.tool, args: step.args } };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        candidates: [{ content: { role: 'model', parts: [part] }, finishReason: 'STOP', index: 0 }],
        usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 5, totalTokenCount: 15 },
        modelVersion: 'gemini-test',
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let api: EchoApi;
let geminiApi: Awaited<ReturnType<typeof startScriptedGeminiApi>>;
beforeAll(async () => {
  api = await startConformanceEchoApi();
  geminiApi = await startScriptedGeminiApi();
});
afterAll(async () => {
  await api.close();
  await geminiApi.close();
});

function client() {
  return new GoogleGenAI({ apiKey: 'test-key', httpOptions: { baseUrl: geminiApi.baseUrl } });
}

describe('GoogleProvider in a generateContent loop', () => {
  it('runs search then multi-execute with the @google/genai client and answers with the API data', async () => {
    geminiApi.requests.length = 0;
    const provider = new GoogleProvider();
    const router = await connectedEchoRouter(api.url, provider);
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const ai = client();
    const tools = await session.tools();
    const contents: Content[] = [{ role: 'user', parts: [{ text: 'What is thing 42?' }] }];
    const config = { tools: [{ functionDeclarations: tools }] };

    let response = await ai.models.generateContent({ model: 'gemini-test', contents, config });
    for (let turn = 0; turn < 5 && response.functionCalls?.length; turn++) {
      contents.push(response.candidates![0]!.content!);
      contents.push({ role: 'user', parts: await provider.handleToolCalls(session, response, { tools }) });
      response = await ai.models.generateContent({ model: 'gemini-test', contents, config });
    }

    expect(response.text).toBe(SCRIPTED_ANSWER);
    expect(geminiApi.requests).toHaveLength(3);
    expect(geminiApi.requests[0]!.url).toMatch(/^\/v1(beta)?\/models\/gemini-test:generateContent$/);
    expect(geminiApi.requests[0]!.body.tools[0]!.functionDeclarations[0]).toEqual({
      name: 'TOOLROUTER_SEARCH_TOOLS',
      description: expect.any(String),
      parametersJsonSchema: SEARCH_TOOLS_INPUT_SCHEMA,
    });
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });

  it("runs the same loop through the SDK's automatic function calling with callableTool", async () => {
    geminiApi.requests.length = 0;
    const provider = new GoogleProvider();
    const router = await connectedEchoRouter(api.url, provider);
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });

    const response = await client().models.generateContent({
      model: 'gemini-test',
      contents: 'What is thing 42?',
      config: { tools: [provider.callableTool(await session.tools())] },
    });

    expect(response.text).toBe(SCRIPTED_ANSWER);
    expect(geminiApi.requests).toHaveLength(3);
    expect(geminiApi.requests[0]!.body.tools[0]!.functionDeclarations.map((tool) => tool.name)).toEqual([
      'TOOLROUTER_SEARCH_TOOLS',
      'TOOLROUTER_GET_TOOL_SCHEMAS',
      'TOOLROUTER_MULTI_EXECUTE_TOOL',
    ]);
    expect(response.automaticFunctionCallingHistory?.length).toBe(5);
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });
});
