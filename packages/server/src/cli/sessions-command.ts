import type { CliIo } from './cli-io.ts';
import { mcpClientConfig } from './mcp-client-config.ts';
import { openCliRouter } from './open-cli-router.ts';

/**
 * `toolrouter sessions create --user <id> [--toolkits a,b] [--url <server>]`: makes a session and
 * prints its MCP URL, headers and a client config to paste. With `--url`/`TOOLROUTER_URL` the
 * running server makes it; otherwise it goes into the store `toolrouter serve` uses from this
 * directory, and the URL is the server's real one (see `openCliRouter`).
 */
export async function sessionsCreateCommand(
  io: CliIo,
  options: { user?: string; toolkits?: string; config?: string; url?: string },
): Promise<number> {
  if (!options.user) {
    io.stderr('toolrouter sessions create: --user <id> is required (your user id, e.g. --user alice).');
    return 2;
  }
  const { router, close } = await openCliRouter(io, {
    ...(options.url ? { url: options.url } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  try {
    const toolkits = options.toolkits
      ?.split(',')
      .map((slug) => slug.trim())
      .filter(Boolean);
    const session = await router.create(options.user, toolkits ? { toolkits } : {});
    io.stdout(
      `Session ${session.sessionId} for user ${session.userId}${toolkits ? ` (toolkits: ${toolkits.join(', ')})` : ''}`,
    );
    io.stdout(`MCP URL:     ${session.mcp.url}`);
    io.stdout(`MCP headers: Authorization: ${session.mcp.headers.Authorization}`);
    io.stdout('');
    io.stdout('MCP client config (paste into your client):');
    io.stdout(JSON.stringify(mcpClientConfig(session.mcp), null, 2));
    return 0;
  } finally {
    await close();
  }
}
