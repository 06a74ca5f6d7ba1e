import type { ToolsInput } from '@mastra/core/agent';
import type { ToolAction } from '@mastra/core/tools';
import { memoryStore, type ToolExecutionResult, ToolRouter } from '@toolrouter/core';
import { describe, expectTypeOf, it } from 'vitest';
import { MastraProvider, type MastraToolSet } from './mastra-provider.ts';

describe('MastraProvider types', () => {
  it('session.tools() is a record of Mastra tools that an Agent takes', async () => {
    const router = new ToolRouter({
      provider: new MastraProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const tools = await session.tools();
    expectTypeOf(tools).toEqualTypeOf<MastraToolSet>();
    expectTypeOf(tools).toExtend<ToolsInput>();
    expectTypeOf(tools[0]!).toExtend<ToolAction<Record<string, unknown>, ToolExecutionResult>>();
  });
});
