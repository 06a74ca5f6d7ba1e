import type { McpServerConfig, Options } from '@anthropic-ai/claude-agent-sdk';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { describe, expectTypeOf, it } from 'vitest';
import { ClaudeAgentSdkProvider } from './claude-agent-sdk-provider.ts';

describe('ClaudeAgentSdkProvider types', () => {
  it('session.tools() is an MCP server config that query() takes in mcpServers', async () => {
    const router = new ToolRouter({
      provider: new ClaudeAgentSdkProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const server = await session.tools();
    expectTypeOf(server).toExtend<McpServerConfig>();
    expectTypeOf({ toolrouter: server }).toExtend<NonNullable<Options['mcpServers']>>();
  });
});
