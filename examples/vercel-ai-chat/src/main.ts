// A web chatbot on the Vercel AI SDK with toolrouter's tools. `pnpm start`, then open the URL it prints.
import { ToolRouter } from '@toolrouter/core';
import { VercelProvider } from '@toolrouter/vercel';
import { buildClient } from './server/build-client.ts';
import { createChatApp } from './server/create-chat-app.ts';
import { listen } from './server/listen.ts';
import { MISSING_KEY_MESSAGE, modelFromEnv } from './server/model-from-env.ts';

const model = modelFromEnv();
if (!model) {
  console.error(MISSING_KEY_MESSAGE);
  process.exit(1);
}

const clientDir = await buildClient();
const server = await listen({
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? 'localhost',
});
// Connect links and the MCP URL are built from this: the URL users open.
const baseUrl = process.env.TOOLROUTER_BASE_URL ?? server.url;
// Users' connections are kept in ./.toolrouter/ (SQLite), encrypted.
const router = new ToolRouter({ provider: new VercelProvider(), baseUrl });
const toolkits = (process.env.CHAT_TOOLKITS ?? 'hackernews,github,custom')
  .split(',')
  .map((slug) => slug.trim())
  .filter(Boolean);
const app = await createChatApp({ model, router, toolkits, baseUrl, clientDir });
server.handle(app.fetch);
console.log(`Chat with toolkits ${toolkits.join(', ')} on ${baseUrl}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server.close();
    await router.close();
    process.exit(0);
  });
}
