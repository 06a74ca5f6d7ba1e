import type { BaseTool } from '@llamaindex/core/llms';
import type { agent } from '@llamaindex/workflow';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { describe, expectTypeOf, it } from 'vitest';
import { LlamaIndexProvider, type LlamaIndexTool } from './llamaindex-provider.ts';

describe('LlamaIndexProvider types', () => {
  it('session.tools() is a list of LlamaIndex tools that an agent takes', async () => {
    const router = new ToolRouter({
      provider: new LlamaIndexProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const tools = await session.tools();
    expectTypeOf(tools).toEqualTypeOf<LlamaIndexTool[]>();
    expectTypeOf(tools).toExtend<BaseTool[]>();
    expectTypeOf(tools).toExtend<NonNullable<Parameters<typeof agent>[0]['tools']>>();
    expectTypeOf(tools[0]!.bind({ signal: new AbortController().signal })).toEqualTypeOf<LlamaIndexTool>();
  });
});
