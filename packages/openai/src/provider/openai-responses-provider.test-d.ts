import { memoryStore, ToolRouter } from '@toolrouter/core';
import type OpenAI from 'openai';
import { describe, expectTypeOf, it } from 'vitest';
import { OpenAIResponsesProvider } from './openai-responses-provider.ts';
import type { ResponsesFunctionCallOutput, ResponsesFunctionTool } from './responses-types.ts';

describe('OpenAIResponsesProvider types', () => {
  it("session.tools() is a list of function tools that the openai client's Responses API takes", async () => {
    const router = new ToolRouter({
      provider: new OpenAIResponsesProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const tools = await session.tools();
    expectTypeOf(tools).toEqualTypeOf<ResponsesFunctionTool[]>();
    expectTypeOf(tools).toExtend<OpenAI.Responses.FunctionTool[]>();
    expectTypeOf(tools).toExtend<OpenAI.Responses.Tool[]>();
    expectTypeOf(tools).toExtend<NonNullable<OpenAI.Responses.ResponseCreateParamsNonStreaming['tools']>>();
  });

  it('handleToolCalls takes an openai Response and returns input items for the next request', () => {
    const provider = new OpenAIResponsesProvider();
    expectTypeOf(provider.handleToolCalls).parameter(1).toExtend<unknown>();
    expectTypeOf<OpenAI.Responses.Response>().toExtend<Parameters<typeof provider.handleToolCalls>[1]>();
    expectTypeOf<ResponsesFunctionCallOutput>().toExtend<OpenAI.Responses.ResponseInputItem>();
    expectTypeOf<
      Awaited<ReturnType<typeof provider.handleToolCalls>>
    >().toExtend<OpenAI.Responses.ResponseInput>();
  });
});
