// The README's example, runnable: `OPENAI_API_KEY=... pnpm --filter @toolrouter/mastra example`.
// Hacker News needs no connection, so this runs as is; MASTRA_MODEL picks another of Mastra's models.
import { Agent } from '@mastra/core/agent';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { MastraProvider } from '../src/index.ts';

const model = process.env.MASTRA_MODEL ?? 'openai/gpt-5-mini';
if (model.startsWith('openai/') && !process.env.OPENAI_API_KEY) {
  console.error(
    'Set OPENAI_API_KEY, or MASTRA_MODEL (e.g. anthropic/claude-sonnet-4-5) and that provider key.',
  );
  process.exit(1);
}
const router = new ToolRouter({ provider: new MastraProvider(), store: memoryStore() });
const session = await router.create('example-user', { toolkits: ['hackernews'] });

const agent = new Agent({
  id: 'hacker-news',
  name: 'Hacker News reader',
  instructions: 'Find tools with TOOLROUTER_SEARCH_TOOLS and run them with TOOLROUTER_MULTI_EXECUTE_TOOL.',
  model,
  tools: await session.tools(),
});
const result = await agent.generate('What are the top 3 stories on Hacker News right now?', { maxSteps: 8 });
for (const step of result.steps) for (const call of step.toolCalls) console.log(`[${call.payload.toolName}]`);
console.log(result.text);
await router.close();
