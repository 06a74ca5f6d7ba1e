import type { DynamicStructuredTool, StructuredToolInterface } from '@langchain/core/tools';
import { ToolNode } from '@langchain/langgraph/prebuilt';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { createAgent } from 'langchain';
import { describe, expectTypeOf, it } from 'vitest';
import { LangchainProvider, type LangchainTool } from './langchain-provider.ts';

describe('LangchainProvider types', () => {
  it('session.tools() is an array of structured tools that createAgent and ToolNode take as is', async () => {
    const router = new ToolRouter({
      provider: new LangchainProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const tools = await session.tools();
    expectTypeOf(tools).toEqualTypeOf<LangchainTool[]>();
    expectTypeOf(tools).toExtend<DynamicStructuredTool[]>();
    expectTypeOf(tools).toExtend<StructuredToolInterface[]>();
    expectTypeOf(createAgent).toBeCallableWith({ model: 'openai:gpt-5', tools });
    expectTypeOf(new ToolNode(tools)).toExtend<ToolNode>();
  });
});
