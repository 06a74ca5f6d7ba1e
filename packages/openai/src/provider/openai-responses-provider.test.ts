import {
  modelView,
  recordingExecute,
  runProviderConformance,
  sampleResult,
  sampleTool,
  secondSampleTool,
} from '@internal/provider-conformance';
import type { ToolExecutor } from '@toolrouter/core';
import { describe, expect, it } from 'vitest';
import { OpenAIResponsesProvider } from './openai-responses-provider.ts';
import type { ResponsesFunctionTool } from './responses-types.ts';

/** A session that must not be used: calls of tools passed in `tools` run through those tools. */
const unusedSession: ToolExecutor = {
  execute: () => Promise.reject(new Error('session.execute was called instead of the tool')),
};

function functionCall(name: string, args: Record<string, unknown> | string, callId = 'call_1') {
  return {
    type: 'function_call',
    call_id: callId,
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
  };
}

/** Runs a tool as a Responses loop does: a response with one function_call, handled with the tools given to the model. */
async function invokeLikeResponsesLoop(
  tool: ResponsesFunctionTool,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const outputs = await new OpenAIResponsesProvider().handleToolCalls(
    unusedSession,
    { output: [functionCall(tool.name, args)] },
    { tools: [tool], ...(signal ? { signal } : {}) },
  );
  expect(outputs).toEqual([{ type: 'function_call_output', call_id: 'call_1', output: expect.any(String) }]);
  return outputs[0]!.output;
}

runProviderConformance({
  name: 'openai-responses',
  createProvider: () => new OpenAIResponsesProvider(),
  inspect: (tools) =>
    tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      parameters: tool.parameters,
      tool,
    })),
  invoke: (tool, args, { signal }) => invokeLikeResponsesLoop(tool, args, signal),
  thrownErrors: 'result',
});

describe('OpenAIResponsesProvider specifics', () => {
  it('makes plain function tools with strict: false that serialize to exactly what the API takes', () => {
    const [tool] = new OpenAIResponsesProvider().wrapTools([sampleTool], recordingExecute().execute);
    expect(JSON.parse(JSON.stringify(tool))).toEqual({
      type: 'function',
      name: sampleTool.slug,
      description: sampleTool.description,
      parameters: sampleTool.inputSchema,
      strict: false,
    });
  });

  it('without tools, runs calls with session.execute and the options, in order, skipping other output items', async () => {
    const seen: Array<[string, unknown, unknown]> = [];
    const session: ToolExecutor = {
      execute: async (slug, args, options) => {
        seen.push([slug, args, options?.account]);
        return sampleResult({ data: { slug } });
      },
    };
    const response = {
      output: [
        { type: 'reasoning', id: 'rs_1', summary: [] },
        functionCall(secondSampleTool.slug, { id: 'a' }, 'call_a'),
        { type: 'message', role: 'assistant', content: [] },
        functionCall(sampleTool.slug, { project: 'web' }, 'call_b'),
      ],
    };
    const outputs = await new OpenAIResponsesProvider().handleToolCalls(session, response, {
      account: 'work',
    });
    expect(outputs.map((output) => output.call_id)).toEqual(['call_a', 'call_b']);
    expect(modelView(outputs[1]!.output)).toEqual({
      successful: true,
      data: { slug: sampleTool.slug },
      error: null,
    });
    expect(seen).toEqual([
      [secondSampleTool.slug, '{"id":"a"}', 'work'],
      [sampleTool.slug, '{"project":"web"}', 'work'],
    ]);
  });

  it('with tools, refuses a call to a tool outside them instead of running it around their modifiers', async () => {
    const recorder = recordingExecute();
    const provider = new OpenAIResponsesProvider();
    const tools = provider.wrapTools([sampleTool], recorder.execute);
    const outputs = await provider.handleToolCalls(
      unusedSession,
      { output: [functionCall(secondSampleTool.slug, { id: 'a' }, 'call_a')] },
      { tools },
    );
    expect(recorder.calls).toEqual([]);
    expect(outputs.map((output) => output.call_id)).toEqual(['call_a']);
    const output = modelView(outputs[0]!.output);
    expect(output).toMatchObject({ successful: false, data: null });
    expect(output.error).toContain(secondSampleTool.slug);
  });

  it('with tools, passes the account option on to their execute', async () => {
    const recorder = recordingExecute();
    const provider = new OpenAIResponsesProvider();
    const tools = provider.wrapTools([sampleTool], recorder.execute);
    await provider.handleToolCalls(
      unusedSession,
      { output: [functionCall(sampleTool.slug, { project: 'web' })] },
      { tools, account: 'work' },
    );
    expect(recorder.calls.map((call) => [call.toolSlug, call.account])).toEqual([[sampleTool.slug, 'work']]);
  });

  it('gives every call an output when one of them throws', async () => {
    const session: ToolExecutor = {
      execute: async (slug) => {
        if (slug === secondSampleTool.slug) throw new Error('The store is closed.');
        return sampleResult();
      },
    };
    const outputs = await new OpenAIResponsesProvider().handleToolCalls(session, {
      output: [
        functionCall(secondSampleTool.slug, {}, 'call_a'),
        functionCall(sampleTool.slug, {}, 'call_b'),
      ],
    });
    expect(outputs.map((output) => modelView(output.output).successful)).toEqual([false, true]);
    expect(modelView(outputs[0]!.output).error).toBe('The store is closed.');
  });

  it('answers nothing for a response without function calls', async () => {
    const response = { output: [{ type: 'message', role: 'assistant', content: [] }] };
    const outputs = await new OpenAIResponsesProvider().handleToolCalls(unusedSession, response);
    expect(outputs).toEqual([]);
  });
});
