// The README's example, runnable: `OPENAI_API_KEY=... pnpm --filter @toolrouter/llamaindex example`.
// Hacker News needs no connection, so this runs as is; OPENAI_MODEL picks another model.
import { openai } from '@llamaindex/openai';
import { agent } from '@llamaindex/workflow';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { LlamaIndexProvider } from '../src/index.ts';

if (!process.env.OPENAI_API_KEY) {
  console.error('Set OPENAI_API_KEY (and OPENAI_MODEL to pick a model other than gpt-5-mini).');
  process.exit(1);
}
const router = new ToolRouter({ provider: new LlamaIndexProvider(), store: memoryStore() });
const session = await router.create('example-user', { toolkits: ['hackernews'] });

const assistant = agent({
  llm: openai({ model: process.env.OPENAI_MODEL ?? 'gpt-5-mini' }),
  tools: await session.tools(),
  systemPrompt: 'Find tools with TOOLROUTER_SEARCH_TOOLS and run them with TOOLROUTER_MULTI_EXECUTE_TOOL.',
});
const result = await assistant.run('What are the top 3 stories on Hacker News right now?');
console.log(result.data.result);
await router.close();
