import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Http2Bindings, type HttpBindings, serve } from '@hono/node-server';

/** A listening HTTP server and the graceful way to stop it. */
export interface Listener {
  /** The port it listens on (the real one when 0 was asked). */
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish (closing keep-alive connections
   * as they go idle); after `graceMs` the requests still running are answered 503
   * `SHUTTING_DOWN` and what is left is cut. Resolves when every connection ended.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Serves a fetch handler with `@hono/node-server`. The handler is read on every request, so it can
 * be set after listening (when the URL it needs depends on the port the system picked). It gets
 * the adapter's bindings (`env.incoming`: the client's address, the raw headers) as `app.fetch` does.
 *
 * @example
 * const listener = await listen(() => app.fetch, { port: 0, host: '127.0.0.1' });
 */
export async function listen(
  handler: () => (request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>,
  { port, host }: { port: number; host: string },
): Promise<Listener> {
  // At the end of a graceful stop's grace, requests still running are answered 503 SHUTTING_DOWN
  // (a typed error the client can retry elsewhere) before their connections are cut. Each request
  // in flight holds its own way to be answered so, dropped when it ends: racing every request
  // against one shared shutdown promise left a reaction on it per request, never released (a
  // leak that grew with every request the server ever served).
  const inFlight = new Set<(response: Response) => void>();
  const server = serve({
    fetch(request, env: HttpBindings | Http2Bindings) {
      // One promise per request, settled by the handler's answer or, first, by the cut-off (a later
      // settle is a no-op): what a race of the two did, without the race's and `finally`'s promises.
      return new Promise<Response>((resolve, reject) => {
        inFlight.add(resolve);
        const fail = (error: unknown) => {
          inFlight.delete(resolve);
          reject(error);
        };
        let answer: Response | Promise<Response>;
        try {
          answer = handler()(request, env);
        } catch (error) {
          fail(error);
          return;
        }
        Promise.resolve(answer).then((response) => {
          inFlight.delete(resolve);
          resolve(response);
        }, fail);
      });
    },
    port,
    hostname: host,
  }) as Server;
  const cutoff = () => {
    for (const answerNow of inFlight) answerNow(shuttingDownResponse());
    inFlight.clear();
  };
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
        let cut: NodeJS.Timeout | undefined;
        const deadline = setTimeout(() => {
          cutoff();
          // A moment for those answers to be written, then whatever is left (a stream) is cut.
          cut = setTimeout(() => server.closeAllConnections(), ANSWER_FLUSH_MS);
        }, graceMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(deadline);
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}

/** How long answers given at the end of the grace get to be written before connections are cut. */
const ANSWER_FLUSH_MS = 500;

function shuttingDownResponse(): Response {
  return new Response(
    JSON.stringify({
      error: {
        code: 'SHUTTING_DOWN',
        message:
          'The server stopped before this request finished (its shutdown grace ran out). Retry it; another instance, or this one once restarted, will answer.',
      },
    }),
    { status: 503, headers: { 'content-type': 'application/json', 'retry-after': '1', connection: 'close' } },
  );
}
