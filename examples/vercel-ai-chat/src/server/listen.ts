import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';

export interface ListeningServer {
  /** `http://host:port`, with the port the system picked for port 0. */
  url: string;
  /** Starts answering requests with this fetch handler. */
  handle(fetch: (request: Request) => Response | Promise<Response>): void;
  close(): Promise<void>;
}

/**
 * Listens first and takes the handler after, so an app can be built with the real URL (the
 * router's `baseUrl`) even on port 0. Requests before `handle` get a 503.
 */
export async function listen({ port, host }: { port: number; host: string }): Promise<ListeningServer> {
  let listener: ReturnType<typeof getRequestListener> | undefined;
  const server: Server = createServer((request, response) => {
    if (listener) return listener(request, response);
    response.writeHead(503).end('Starting up');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host === 'localhost' ? 'localhost' : hostname}:${address.port}`,
    handle(fetch) {
      listener = getRequestListener(fetch);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
