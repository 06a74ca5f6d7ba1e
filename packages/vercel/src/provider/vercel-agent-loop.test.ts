import {
  connectedEchoRouter,
  type EchoApi,
  nextScriptedStep,
  SCRIPTED_ANSWER,
  startConformanceEchoApi,
  waitingTool,
} from '@internal/provider-conformance';
import { SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import { generateText, stepCountIs } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VercelProvider } from './vercel-provider.ts';

let api: EchoApi;
beforeAll(async () => {
  api = await startConformanceEchoApi();
});
afterAll(() => api.close());

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** A mock model that follows the toolrouter script, reading the tool results `generateText` sends back. */
function scriptedModel() {
  let calls = 0;
  return new MockLanguageModelV4({
    doGenerate: async ({ prompt }) => {
      const outputs = prompt
        .filter((message) => message.role === 'tool')
        .flatMap((message) => message.content)
        .flatMap((part) =>
          part.type === 'tool-result' && part.output.type === 'text' ? [part.output.value] : [],
        );
      const step = nextScriptedStep(outputs);
      calls += 1;
      if ('text' in step) {
        return {
          content: [{ type: 'text', text: step.text }],
          finishReason: { unified: 'stop', raw: 'stop' },
          usage,
          warnings: [],
        };
      }
      return {
        content: [
          {
            type: 'tool-call',
            toolCallId: `call_${calls}`,
            toolName: step.tool,
            input: JSON.stringify(step.args),
          },
        ],
        finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
        usage,
        warnings: [],
      };
    },
  });
}

describe('VercelProvider in generateText', () => {
  it('runs search then multi-execute through the agent loop and answers with the API data', async () => {
    const router = await connectedEchoRouter(api.url, new VercelProvider());
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const model = scriptedModel();

    const result = await generateText({
      model,
      tools: await session.tools(),
      stopWhen: stepCountIs(5),
      prompt: 'What is thing 42?',
    });

    expect(result.text).toBe(SCRIPTED_ANSWER);
    expect(result.steps.map((step) => step.toolCalls.map((call) => call.toolName))).toEqual([
      ['TOOLROUTER_SEARCH_TOOLS'],
      ['TOOLROUTER_MULTI_EXECUTE_TOOL'],
      [],
    ]);
    const firstCallTools = model.doGenerateCalls[0]!.tools ?? [];
    const search = firstCallTools.find(
      (tool) => tool.type === 'function' && tool.name === 'TOOLROUTER_SEARCH_TOOLS',
    );
    expect(search).toMatchObject({ type: 'function', inputSchema: SEARCH_TOOLS_INPUT_SCHEMA });
    // The app gets the whole result (with its log id); the model got { successful, data, error }.
    const run = result.steps[1]!.toolResults[0]!.output as { logId: string; successful: boolean };
    expect(run.successful).toBe(true);
    expect(run.logId).toMatch(/^log_/);
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });

  it('hands the abort signal of generateText to the running tool', async () => {
    const router = await connectedEchoRouter(api.url, new VercelProvider());
    const waiting = waitingTool();
    await router.tools.create(waiting.definition);
    const session = await router.create('alice', {
      toolkits: ['echo'],
      manageConnections: false,
      preload: { tools: ['ECHO_WAIT'] },
    });
    const controller = new AbortController();
    const model = new MockLanguageModelV4({
      doGenerate: {
        content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'ECHO_WAIT', input: '{}' }],
        finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
        usage,
        warnings: [],
      },
    });
    void waiting.started.then(() => controller.abort(new Error('stopped by the user')));
    await expect(
      generateText({
        model,
        tools: await session.tools(),
        stopWhen: stepCountIs(3),
        prompt: 'x',
        abortSignal: controller.signal,
      }),
    ).rejects.toThrow('stopped by the user');
    expect(waiting.signalAborted()).toBe(true);
    await router.close();
  });
});
