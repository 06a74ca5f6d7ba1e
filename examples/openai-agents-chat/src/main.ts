// A terminal chatbot on the OpenAI Agents SDK with toolrouter's tools. `pnpm start`, then chat;
// `/connect <toolkit>` connects an app yourself, `/exit` quits.
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { serve } from '@hono/node-server';
import { setTracingDisabled } from '@openai/agents';
import { ToolRouter } from '@toolrouter/core';
import { OpenAIAgentsProvider } from '@toolrouter/openai-agents';
import { createServer } from '@toolrouter/server';
import { createChat } from './create-chat.ts';
import { MISSING_KEY_MESSAGE, modelFromEnv } from './model-from-env.ts';

const model = await modelFromEnv();
if (!model) {
  console.error(MISSING_KEY_MESSAGE);
  process.exit(1);
}
// Traces go to OpenAI; a local server has nowhere to send them.
if (process.env.OPENAI_BASE_URL) setTracingDisabled(true);

// The router keeps users' connections in ./.toolrouter/ (SQLite). Its connect pages are served
// below, so the links the agent hands out open on this machine.
const port = Number(process.env.PORT ?? 8080);
const baseUrl = process.env.TOOLROUTER_BASE_URL ?? `http://localhost:${port}`;
const router = new ToolRouter({ provider: new OpenAIAgentsProvider(), baseUrl });
const server = serve({ fetch: createServer(router, { baseUrl }).fetch, port, hostname: '127.0.0.1' });

const toolkits = (process.env.CHAT_TOOLKITS ?? 'hackernews,github,custom')
  .split(',')
  .map((slug) => slug.trim())
  .filter(Boolean);
const chat = await createChat({ model, router, userId: process.env.CHAT_USER ?? 'local-user', toolkits });
console.log(`Chatting with toolkits ${toolkits.join(', ')}. Connect pages on ${baseUrl}.`);
console.log(
  'Try: "What are the top stories on Hacker News?" or "List my GitHub repositories". /exit quits.\n',
);

const terminal = createInterface({ input: stdin, output: stdout });
try {
  for (;;) {
    const line = (await terminal.question('you> ').catch(() => '/exit')).trim();
    if (line === '/exit') break;
    if (line === '') continue;
    const connect = /^\/connect\s+(\S+)$/.exec(line);
    if (connect) {
      // Connect an app yourself, without asking the agent: the same link the agent would hand out.
      const request = await chat.session.authorize(connect[1]!);
      console.log(`Open ${request.redirectUrl} to connect ${connect[1]} (waiting up to 5 minutes)...`);
      const account = await request.waitForConnection(5 * 60_000);
      console.log(`Connected ${account.toolkit} (${account.id}).\n`);
      continue;
    }
    stdout.write('assistant> ');
    for await (const event of chat.send(line)) {
      if (event.type === 'text') stdout.write(event.delta);
      else if (event.type === 'tool-call') stdout.write(`\n  [${event.tool}]\n`);
      else stdout.write(`\n  >>> Connect ${event.link.toolkit}: ${event.link.url}\n`);
    }
    stdout.write('\n\n');
  }
} finally {
  terminal.close();
  server.close();
  await router.close();
}
