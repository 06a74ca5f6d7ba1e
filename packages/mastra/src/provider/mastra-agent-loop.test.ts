import {
  connectedEchoRouter,
  type EchoApi,
  nextScriptedStep,
  SCRIPTED_ANSWER,
  startConformanceEchoApi,
  waitingTool,
} from '@internal/provider-conformance';
import { Agent, type AgentConfig } from '@mastra/core/agent';
import { SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import { MockLanguageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MastraProvider } from './mastra-provider.ts';

let api: EchoApi;
beforeAll(async () => {
  api = await startConformanceEchoApi();
});
afterAll(() => api.close());

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/**
 * The mock model as Mastra's `model` option: at run time Mastra takes it as is, but @mastra/core types it
 * with the `@ai-sdk/provider` version it pins, not the one `ai/test` uses, and TypeScript keeps them apart.
 */
function asMastraModel(model: MockLanguageModelV4) {
  return model as unknown as AgentConfig['model'];
}

/** The AI SDK's mock model following the toolrouter script, reading the tool results the Mastra agent sends back. */
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

describe('MastraProvider in a Mastra Agent', () => {
  it('runs search then multi-execute through the agent loop and answers with the API data', async () => {
    const router = await connectedEchoRouter(api.url, new MastraProvider());
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const model = scriptedModel();
    const agent = new Agent({
      id: 'assistant',
      name: 'Assistant',
      instructions: 'Use the tools.',
      model: asMastraModel(model),
      tools: await session.tools(),
    });

    const result = await agent.generate('What is thing 42?', { maxSteps: 5 });

    expect(result.text).toBe(SCRIPTED_ANSWER);
    expect(result.steps.map((step) => step.toolCalls.map((call) => call.payload.toolName))).toEqual([
      ['TOOLROUTER_SEARCH_TOOLS'],
      ['TOOLROUTER_MULTI_EXECUTE_TOOL'],
      [],
    ]);
    const firstCallTools = model.doGenerateCalls[0]!.tools ?? [];
    const search = firstCallTools.find(
      (tool) => tool.type === 'function' && tool.name === 'TOOLROUTER_SEARCH_TOOLS',
    );
    // The JSON Schema reaches the model as toolrouter wrote it, marked draft-07 by Mastra.
    expect(search).toMatchObject({ type: 'function' });
    expect((search as { inputSchema: unknown }).inputSchema).toEqual({
      $schema: 'http://json-schema.org/draft-07/schema#',
      ...SEARCH_TOOLS_INPUT_SCHEMA,
    });
    // The run keeps the whole result (with its log id); the model read { successful, data, error }.
    const run = result.steps[1]!.toolResults[0]!.payload;
    expect(run.result).toMatchObject({ successful: true, logId: expect.stringMatching(/^log_/) });
    const modelInput = model.doGenerateCalls[2]!.prompt.filter((message) => message.role === 'tool').at(-1)!;
    expect(modelInput.content[0]).toMatchObject({ type: 'tool-result', output: { type: 'text' } });
    expect(JSON.stringify(modelInput)).not.toContain('logId');
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });

  it('hands the abort signal of agent.generate to the running tool', async () => {
    const router = await connectedEchoRouter(api.url, new MastraProvider());
    const waiting = waitingTool();
    await router.tools.create(waiting.definition);
    const session = await router.create('alice', {
      toolkits: ['echo'],
      manageConnections: false,
      preload: { tools: ['ECHO_WAIT'] },
    });
    const model = new MockLanguageModelV4({
      doGenerate: {
        content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'ECHO_WAIT', input: '{}' }],
        finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
        usage,
        warnings: [],
      },
    });
    const agent = new Agent({
      id: 'waiter',
      name: 'Waiter',
      instructions: 'Wait.',
      model: asMastraModel(model),
      tools: await session.tools(),
    });
    const controller = new AbortController();
    void waiting.started.then(() => controller.abort(new Error('stopped by the user')));

    await agent.generate('wait', { maxSteps: 2, abortSignal: controller.signal }).catch(() => undefined);
    expect(waiting.signalAborted()).toBe(true);
    await router.close();
  });
});
