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
import { AnthropicProvider } from './anthropic-provider.ts';
import type { AnthropicTool } from './anthropic-types.ts';

/** A session that must not be used: calls of tools passed in `tools` run through those tools. */
const unusedSession: ToolExecutor = {
  execute: () => Promise.reject(new Error('session.execute was called instead of the tool')),
};

function toolUse(name: string, input: unknown, id = 'toolu_1') {
  return { type: 'tool_use', id, name, input };
}

/** Runs a tool as a Messages API loop does: a message with one tool_use block, handled with the tools given to the model. */
async function invokeLikeMessagesLoop(
  tool: AnthropicTool,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const blocks = await new AnthropicProvider().handleToolCalls(
    unusedSession,
    { content: [toolUse(tool.name, args)] },
    { tools: [tool], ...(signal ? { signal } : {}) },
  );
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).toMatchObject({
    type: 'tool_result',
    tool_use_id: 'toolu_1',
    content: expect.any(String),
  });
  return blocks[0]!.content;
}

runProviderConformance({
  name: 'anthropic',
  createProvider: () => new AnthropicProvider(),
  inspect: (tools) =>
    tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      parameters: tool.input_schema,
      tool,
    })),
  invoke: (tool, args, { signal }) => invokeLikeMessagesLoop(tool, args, signal),
  thrownErrors: 'result',
});

describe('AnthropicProvider specifics', () => {
  it('makes client tools that serialize to exactly name, description and input_schema', () => {
    const [tool] = new AnthropicProvider().wrapTools([sampleTool], recordingExecute().execute);
    expect(JSON.parse(JSON.stringify(tool))).toEqual({
      name: sampleTool.slug,
      description: sampleTool.description,
      input_schema: sampleTool.inputSchema,
    });
  });

  it('without tools, runs calls with session.execute and the options, in order, skipping other blocks', async () => {
    const seen: Array<[string, unknown, unknown]> = [];
    const session: ToolExecutor = {
      execute: async (slug, args, options) => {
        seen.push([slug, args, options?.account]);
        return sampleResult({ data: { slug } });
      },
    };
    const message = {
      content: [
        { type: 'thinking', thinking: '...', signature: 'x' },
        toolUse(secondSampleTool.slug, { id: 'a' }, 'toolu_a'),
        { type: 'text', text: 'Running both.' },
        toolUse(sampleTool.slug, { project: 'web' }, 'toolu_b'),
      ],
    };
    const blocks = await new AnthropicProvider().handleToolCalls(session, message, { account: 'work' });
    expect(blocks.map((block) => block.tool_use_id)).toEqual(['toolu_a', 'toolu_b']);
    expect(blocks[1]).toEqual({
      type: 'tool_result',
      tool_use_id: 'toolu_b',
      content: JSON.stringify({ successful: true, data: { slug: sampleTool.slug }, error: null }),
    });
    expect(seen).toEqual([
      [secondSampleTool.slug, { id: 'a' }, 'work'],
      [sampleTool.slug, { project: 'web' }, 'work'],
    ]);
  });

  it('with tools, hands the per-call account and signal to the wrapped tool', async () => {
    const options: unknown[] = [];
    const provider = new AnthropicProvider();
    const tools = provider.wrapTools([sampleTool], async (_slug, _args, given) => {
      options.push(given);
      return sampleResult();
    });
    const signal = new AbortController().signal;
    await provider.handleToolCalls(
      unusedSession,
      { content: [toolUse(sampleTool.slug, {})] },
      { tools, account: 'work', signal },
    );
    expect(options).toEqual([{ account: 'work', signal }]);
  });

  it('marks failed results and thrown errors is_error, and every call still gets its result', async () => {
    const session: ToolExecutor = {
      execute: async (slug) => {
        if (slug === secondSampleTool.slug) throw new Error('The store is closed.');
        if (slug === 'FAILS') return sampleResult({ successful: false, data: null, error: 'Not found.' });
        return sampleResult();
      },
    };
    const blocks = await new AnthropicProvider().handleToolCalls(session, {
      content: [
        toolUse(secondSampleTool.slug, {}, 'toolu_a'),
        toolUse(sampleTool.slug, {}, 'toolu_b'),
        toolUse('FAILS', {}, 'toolu_c'),
      ],
    });
    expect(blocks.map((block) => [block.tool_use_id, block.is_error])).toEqual([
      ['toolu_a', true],
      ['toolu_b', undefined],
      ['toolu_c', true],
    ]);
    expect(modelView(blocks[0]!.content)).toEqual({
      successful: false,
      data: null,
      error: 'The store is closed.',
    });
    expect(modelView(blocks[2]!.content).error).toBe('Not found.');
  });

  it('with tools, refuses a call to a tool outside them instead of running it around their modifiers', async () => {
    const recorder = recordingExecute();
    const provider = new AnthropicProvider();
    const tools = provider.wrapTools([sampleTool], recorder.execute);
    const blocks = await provider.handleToolCalls(
      unusedSession,
      { content: [toolUse(secondSampleTool.slug, { id: 'a' })] },
      { tools },
    );
    expect(recorder.calls).toEqual([]);
    expect(blocks[0]!.is_error).toBe(true);
    expect(modelView(blocks[0]!.content).error).toContain(secondSampleTool.slug);
  });

  it('answers nothing for a message without tool_use blocks', async () => {
    const message = { content: [{ type: 'text', text: 'Done.' }] };
    const blocks = await new AnthropicProvider().handleToolCalls(unusedSession, message);
    expect(blocks).toEqual([]);
  });
});
