import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** A listening HTTP server and the graceful way to stop it. */
export interface Listener {
  /** The port it listens on (the real one when 0 was asked). */
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish (closing keep-alive connections
   * as they go idle), and after `graceMs` cuts what is left. Resolves when every connection ended.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Serves a fetch handler with `@hono/node-server`. The handler is read on every request, so it can
 * be set after listening (when the URL it needs depends on the port the system picked).
 *
 * @example
 * const listener = await listen(() => app.fetch, { port: 0, host: '127.0.0.1' });
 */
export async function listen(
  handler: () => (request: Request) => Response | Promise<Response>,
  { port, host }: { port: number; host: string },
): Promise<Listener> {
  const server = serve({ fetch: (request) => handler()(request), port, hostname: host }) as Server;
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => {
      throw error;
    }),
  ]);
  return {
    port: (server.address() as AddressInfo).port,
    close(graceMs = 10_000) {
      return new Promise<void>((resolve) => {
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(deadline);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
