import {
  connectedEchoRouter,
  type EchoApi,
  nextScriptedStep,
  SCRIPTED_ANSWER,
  startConformanceEchoApi,
  waitingTool,
} from '@internal/provider-conformance';
import { Agent, run, setTracingDisabled } from '@openai/agents';
import { assistantMessage, functionCall, modelResponder, ScriptedModel } from '@openai/agents/testing';
import { SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toStrictJsonSchema } from '../strict/to-strict-json-schema.ts';
import { OpenAIAgentsProvider } from './openai-agents-provider.ts';

let api: EchoApi;
beforeAll(async () => {
  setTracingDisabled(true);
  api = await startConformanceEchoApi();
});
afterAll(() => api.close());

/** The Agents SDK's own scripted model, deciding each turn from the tool results the Runner sent it. */
function toolRouterModel() {
  const respond = modelResponder(({ index, request }) => {
    const input = typeof request.input === 'string' ? [] : request.input;
    const outputs = input.flatMap((item) =>
      item.type === 'function_call_result' ? [textOf(item.output)] : [],
    );
    const step = nextScriptedStep(outputs);
    if ('text' in step) return [assistantMessage(step.text)];
    return [functionCall(step.tool, step.args, { callId: `call_${index}` })];
  });
  return new ScriptedModel([respond, respond, respond]);
}

function textOf(output: unknown): string {
  if (typeof output === 'string') return output;
  const parts = [output].flat() as Array<{ type?: string; text?: string }>;
  return parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

describe('OpenAIAgentsProvider in the Agents SDK Runner', () => {
  for (const strict of [false, true]) {
    it(`runs search then multi-execute and answers with the API data${strict ? ' (strict)' : ''}`, async () => {
      const router = await connectedEchoRouter(api.url, new OpenAIAgentsProvider({ strict }));
      const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
      const model = toolRouterModel();
      const agent = new Agent({
        name: 'Assistant',
        instructions: 'Use the tools.',
        model,
        tools: await session.tools(),
      });

      const result = await run(agent, 'What is thing 42?', { maxTurns: 5 });

      expect(result.finalOutput).toBe(SCRIPTED_ANSWER);
      model.assertComplete();
      const sentTools = model.calls[0]!.request.tools;
      const search = sentTools.find(
        (tool) => tool.type === 'function' && tool.name === 'TOOLROUTER_SEARCH_TOOLS',
      );
      expect(search).toMatchObject({
        strict,
        parameters: strict ? toStrictJsonSchema(SEARCH_TOOLS_INPUT_SCHEMA) : SEARCH_TOOLS_INPUT_SCHEMA,
      });
      expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
      await router.close();
    });
  }

  it('hands the run signal to the running tool', async () => {
    const router = await connectedEchoRouter(api.url, new OpenAIAgentsProvider());
    const waiting = waitingTool();
    await router.tools.create(waiting.definition);
    const session = await router.create('alice', {
      toolkits: ['echo'],
      manageConnections: false,
      preload: { tools: ['ECHO_WAIT'] },
    });
    const model = new ScriptedModel([[functionCall('ECHO_WAIT', {}, { callId: 'call_1' })]]);
    const agent = new Agent({ name: 'Assistant', model, tools: await session.tools() });
    const controller = new AbortController();
    void waiting.started.then(() => controller.abort(new Error('stopped by the user')));

    await expect(run(agent, 'wait', { signal: controller.signal })).rejects.toThrow();
    expect(waiting.signalAborted()).toBe(true);
    await router.close();
  });
});
