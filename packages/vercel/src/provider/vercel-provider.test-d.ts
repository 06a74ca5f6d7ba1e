import { memoryStore, ToolRouter } from '@toolrouter/core';
import { type Tool as AiTool, generateText, type ToolSet } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expectTypeOf, it } from 'vitest';
import { VercelProvider } from './vercel-provider.ts';

describe('VercelProvider types', () => {
  it('session.tools() is an ai ToolSet that generateText takes as is', async () => {
    const router = new ToolRouter({
      provider: new VercelProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const tools = await session.tools();
    expectTypeOf(tools).toEqualTypeOf<ToolSet>();
    expectTypeOf(tools[SEARCH]).toExtend<AiTool | undefined>();
    expectTypeOf(generateText).toBeCallableWith({ model: new MockLanguageModelV4(), tools, prompt: 'hi' });
  });

  it('wrapTool makes one ai Tool', () => {
    expectTypeOf(new VercelProvider().wrapTool).returns.toEqualTypeOf<AiTool>();
  });
});

const SEARCH = 'TOOLROUTER_SEARCH_TOOLS';
