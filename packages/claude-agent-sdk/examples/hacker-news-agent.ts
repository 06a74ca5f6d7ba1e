// The README's example, runnable: `ANTHROPIC_API_KEY=... pnpm --filter @toolrouter/claude-agent-sdk example`.
// Hacker News needs no connection, so this runs as is (Claude Code also honours ANTHROPIC_BASE_URL).
import { query } from '@anthropic-ai/claude-agent-sdk';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { ClaudeAgentSdkProvider } from '../src/index.ts';

if (!process.env.ANTHROPIC_API_KEY) {
  console.error('Set ANTHROPIC_API_KEY (Claude Code, which the SDK runs, uses it).');
  process.exit(1);
}
const router = new ToolRouter({ provider: new ClaudeAgentSdkProvider(), store: memoryStore() });
const session = await router.create('example-user', { toolkits: ['hackernews'] });

for await (const message of query({
  prompt: 'What are the top 3 stories on Hacker News right now?',
  options: {
    mcpServers: { toolrouter: await session.tools() },
    allowedTools: ['mcp__toolrouter__*'],
    settingSources: [],
    maxTurns: 8,
  },
})) {
  if (message.type === 'assistant') {
    for (const block of message.message.content)
      if (block.type === 'tool_use') console.log(`[${block.name}]`);
  }
  if (message.type === 'result')
    console.log(message.subtype === 'success' ? message.result : message.subtype);
}
await router.close();
