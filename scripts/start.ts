// `pnpm start`: a short tour of the engine on the default SQLite store (./.toolrouter/).
// The server (REST API, MCP, connect pages) replaces this when @toolrouter/server lands.
import { defineToolkit, ToolRouter } from '@toolrouter/core';

const clock = defineToolkit({
  slug: 'clock',
  name: 'Clock',
  description: 'Tells the time on this machine.',
  baseUrl: 'http://localhost',
  auth: [{ mode: 'none' }],
  tools: [
    {
      slug: 'CLOCK_NOW',
      name: 'Current time',
      description: 'Returns the current time as ISO 8601 in the given IANA time zone.',
      inputSchema: { type: 'object', properties: { timeZone: { type: 'string', default: 'UTC' } } },
      tags: ['readOnlyHint'],
      handler: async (input) => ({
        now: new Date().toLocaleString('sv-SE', { timeZone: String(input.timeZone ?? 'UTC') }),
        timeZone: input.timeZone ?? 'UTC',
      }),
    },
  ],
});

const router = new ToolRouter({ toolkits: [clock] });
const toolkits = await router.toolkits.list();
const tools = await router.tools.list();
console.log(
  `toolrouter: ${toolkits.length} toolkits, ${tools.length} tools (store: ./.toolrouter/toolrouter.db)`,
);
const session = await router.create('demo-user', {
  toolkits: [
    'clock',
    ...toolkits
      .map((t) => t.slug)
      .filter((s) => s !== 'clock')
      .slice(0, 3),
  ],
});
console.log(`session ${session.sessionId} for demo-user`);
console.log('toolkits and connection state:');
for (const item of (await session.toolkits()).items) {
  const state = item.isNoAuth ? 'no auth needed' : item.connection?.isActive ? 'connected' : 'not connected';
  console.log(`  ${item.slug.padEnd(16)} ${state}`);
}
const result = await session.execute('CLOCK_NOW', '{"timeZone":"Europe/Paris"}');
console.log('CLOCK_NOW ->', JSON.stringify(result));
console.log('MCP (served once @toolrouter/server runs):', JSON.stringify(session.mcp));
await router.close();
