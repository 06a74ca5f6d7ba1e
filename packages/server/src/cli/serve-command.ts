import type { CliIo } from './cli-io.ts';
import { describeDatabase } from './open-store.ts';
import { DEFAULT_ADMIN_KEY_FILE } from './resolve-admin-key.ts';
import { writeServerState } from './server-state-file.ts';
import { type RunningServer, startServer } from './start-server.ts';

/**
 * `toolrouter serve`: runs the server until SIGTERM or SIGINT, then shuts down gracefully (no new
 * connections, requests in flight finish, the store closes). A second signal exits at once.
 * `onListening` runs once the server answers (`pnpm start` prints a demo session there).
 */
export async function serveCommand(
  io: CliIo,
  options: { port?: number; host?: string; config?: string },
  hooks: { onListening?: (server: RunningServer) => Promise<void> } = {},
): Promise<number> {
  const graceSetting = io.env.TOOLROUTER_SHUTDOWN_GRACE_MS?.trim() || undefined;
  const grace = graceSetting === undefined ? 10_000 : Number(graceSetting);
  if (!Number.isSafeInteger(grace) || grace < 0) {
    // NaN would end requests in flight at once on SIGTERM, the opposite of a graceful stop.
    io.stderr(
      `toolrouter serve: TOOLROUTER_SHUTDOWN_GRACE_MS must be a whole number of milliseconds, not '${graceSetting}'.`,
    );
    return 2;
  }
  const server = await startServer({ ...options, env: io.env, notice: io.stderr });
  // Handle SIGTERM/SIGINT before saying we listen: a supervisor that stops the server as soon as it
  // reads the banner must get the graceful stop, not Node's default kill.
  const stopped = io.stopSignal();
  const forgetState = writeServerState(io.env, { url: server.url, pid: process.pid });
  io.stdout(`toolrouter listening on ${server.url}`);
  io.stdout(`  Dashboard  ${server.url}/ (sign in with the admin key)`);
  io.stdout(`  REST API   ${server.url}/api/v1 (OpenAPI: ${server.url}/api/v1/openapi.json)`);
  io.stdout(
    `  Admin key  ${server.apiKeySource === 'env' ? 'from TOOLROUTER_API_KEY' : `in ${io.env.TOOLROUTER_API_KEY_FILE ?? DEFAULT_ADMIN_KEY_FILE}`} (send Authorization: Bearer <key>)`,
  );
  io.stdout(
    `  MCP        ${server.url}/mcp/<sessionId> (create one: toolrouter sessions create --user <id>)`,
  );
  io.stdout(`  Store      ${describeDatabase(io.env)}`);
  for (const line of server.loaded) io.stdout(`  ${line}`);
  const { searchIndex } = server.warm;
  if (searchIndex) {
    io.stdout(
      `  Search     ${searchIndex.tools} tools indexed in ${searchIndex.buildMs.toFixed(0)} ms (about ${(searchIndex.heapBytes / 1_048_576).toFixed(1)} MB of heap)`,
    );
  }
  await hooks.onListening?.(server);
  const signal = await stopped;
  // close() stops accepting connections at once; requests in flight get up to `grace` to finish.
  forgetState();
  const closed = server.close(grace).then(() => {
    io.stdout('toolrouter: stopped.');
    return 0;
  });
  // Listen for a second signal before saying so: one sent right after the message must not find
  // the process without a handler (Node's default would kill it without the exit code 130).
  const forced = io.stopSignal().then(() => {
    io.stderr('toolrouter: second signal, exiting now.');
    return 130;
  });
  io.stdout(`toolrouter: ${signal} received; not accepting new connections, finishing requests in flight...`);
  return Promise.race([closed, forced]);
}
