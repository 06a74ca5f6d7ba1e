import { ToolRouter } from '@toolrouter/core';
import type { CliIo } from './cli-io.ts';
import { loadRouterOptions } from './load-router-options.ts';
import { mcpClientConfig } from './mcp-client-config.ts';
import { openStore } from './open-store.ts';
import { withCatalog } from './with-catalog.ts';

/**
 * `toolrouter sessions create --user <id> [--toolkits a,b]`: makes a session in the configured
 * store and prints its MCP URL, headers and a client config to paste. The URL uses
 * `TOOLROUTER_BASE_URL` (default `http://localhost:<PORT or 8080>`), where `toolrouter serve` answers.
 */
export async function sessionsCreateCommand(
  io: CliIo,
  options: { user?: string; toolkits?: string; config?: string },
): Promise<number> {
  if (!options.user) {
    io.stderr('toolrouter sessions create: --user <id> is required (your user id, e.g. --user alice).');
    return 2;
  }
  const routerOptions = await loadRouterOptions(options.config ?? io.env.TOOLROUTER_CONFIG);
  const baseUrl =
    routerOptions.baseUrl ?? io.env.TOOLROUTER_BASE_URL ?? `http://localhost:${io.env.PORT ?? 8080}`;
  const store = routerOptions.store ?? (await openStore(io.env));
  const router = new ToolRouter(
    await withCatalog({ ...routerOptions, store, baseUrl, env: io.env, warn: io.stderr }, io.env),
  );
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
    await router.close();
  }
}
