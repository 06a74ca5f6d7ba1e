// `pnpm start`: the toolrouter server (REST API, MCP, connect pages) on the default SQLite store in
// ./.toolrouter/, with a generated development admin key and encryption key, and an MCP client
// config for a demo session. Runs the TypeScript sources directly: no build needed.
import { processIo } from '../packages/server/src/cli/cli-io.ts';
import { mcpClientConfig } from '../packages/server/src/cli/mcp-client-config.ts';
import { serveCommand } from '../packages/server/src/cli/serve-command.ts';

const DEMO_USER = 'demo-user';
const DEMO_TOOLKITS = ['hackernews', 'github'];

const io = processIo();
process.exitCode = await serveCommand(
  io,
  {},
  {
    async onListening(server) {
      // Re-use the demo session of an earlier run, so a pasted client config keeps working.
      const sessions = await server.router.sessions.list({ userId: DEMO_USER });
      const existing = sessions.find(
        (session) => JSON.stringify(session.config) === JSON.stringify({ toolkits: DEMO_TOOLKITS }),
      );
      const session = existing ?? (await server.router.create(DEMO_USER, { toolkits: DEMO_TOOLKITS }));
      io.stdout('');
      io.stdout(
        `Demo session ${session.sessionId} for '${DEMO_USER}' (${DEMO_TOOLKITS.join(', ')}). MCP client config to paste:`,
      );
      io.stdout(JSON.stringify(mcpClientConfig(session.mcp), null, 2));
      io.stdout('');
      io.stdout('Press Ctrl+C to stop.');
    },
  },
);
