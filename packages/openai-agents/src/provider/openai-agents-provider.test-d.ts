import { Agent, type FunctionTool, type Tool } from '@openai/agents';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { describe, expectTypeOf, it } from 'vitest';
import { OpenAIAgentsProvider, type OpenAIAgentsTool } from './openai-agents-provider.ts';

describe('OpenAIAgentsProvider types', () => {
  it('session.tools() is a FunctionTool[] that new Agent({ tools }) takes as is', async () => {
    const router = new ToolRouter({
      provider: new OpenAIAgentsProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const tools = await session.tools();
    expectTypeOf(tools).toEqualTypeOf<OpenAIAgentsTool[]>();
    expectTypeOf(tools).toExtend<FunctionTool<unknown, any, string>[]>();
    expectTypeOf(tools).toExtend<Tool[]>();
    const agent = new Agent({ name: 'Assistant', tools });
    expectTypeOf(agent.tools).toExtend<Tool[]>();
  });
});
