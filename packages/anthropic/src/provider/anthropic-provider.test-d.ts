import type Anthropic from '@anthropic-ai/sdk';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { describe, expectTypeOf, it } from 'vitest';
import { AnthropicProvider } from './anthropic-provider.ts';
import type { AnthropicTool, AnthropicToolResultBlock } from './anthropic-types.ts';

describe('AnthropicProvider types', () => {
  it('session.tools() is a list of tools that the Anthropic client takes', async () => {
    const router = new ToolRouter({
      provider: new AnthropicProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const tools = await session.tools();
    expectTypeOf(tools).toEqualTypeOf<AnthropicTool[]>();
    expectTypeOf(tools).toExtend<Anthropic.Tool[]>();
    expectTypeOf(tools).toExtend<NonNullable<Anthropic.MessageCreateParamsNonStreaming['tools']>>();
    expectTypeOf(tools).toExtend<Parameters<Anthropic['beta']['messages']['toolRunner']>[0]['tools']>();
  });

  it('handleToolCalls takes an Anthropic Message and returns the content of the next user message', () => {
    const provider = new AnthropicProvider();
    expectTypeOf<Anthropic.Message>().toExtend<Parameters<typeof provider.handleToolCalls>[1]>();
    expectTypeOf<AnthropicToolResultBlock>().toExtend<Anthropic.ToolResultBlockParam>();
    expectTypeOf<Awaited<ReturnType<typeof provider.handleToolCalls>>>().toExtend<
      Anthropic.MessageParam['content']
    >();
  });
});
