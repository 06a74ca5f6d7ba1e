// The README's loop, runnable: `ANTHROPIC_API_KEY=... pnpm --filter @toolrouter/anthropic example`.
// Hacker News needs no connection, so this runs as is; ANTHROPIC_BASE_URL points it at another endpoint.
import Anthropic from '@anthropic-ai/sdk';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { AnthropicProvider } from '../src/index.ts';

if (!process.env.ANTHROPIC_API_KEY) {
  console.error('Set ANTHROPIC_API_KEY (and ANTHROPIC_MODEL to pick a model other than claude-sonnet-4-5).');
  process.exit(1);
}
const model = process.env.ANTHROPIC_MODEL ?? 'claude-sonnet-4-5';
const anthropic = new Anthropic();
const provider = new AnthropicProvider();
const router = new ToolRouter({ provider, store: memoryStore() });
const session = await router.create('example-user', { toolkits: ['hackernews'] });
const tools = await session.tools();

const messages: Anthropic.MessageParam[] = [
  { role: 'user', content: 'What are the top 3 stories on Hacker News right now?' },
];
let message = await anthropic.messages.create({ model, max_tokens: 2048, messages, tools });
for (let turn = 0; turn < 8 && message.stop_reason === 'tool_use'; turn++) {
  for (const block of message.content) if (block.type === 'tool_use') console.log(`[${block.name}]`);
  messages.push({ role: 'assistant', content: message.content });
  messages.push({ role: 'user', content: await provider.handleToolCalls(session, message, { tools }) });
  message = await anthropic.messages.create({ model, max_tokens: 2048, messages, tools });
}
for (const block of message.content) if (block.type === 'text') console.log(block.text);
await router.close();
