import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query as received, e.g. `/v1/items?limit=2`. */
  target: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Handler = (request: RecordedRequest, response: ServerResponse) => unknown;

/** Answers with the request it received, as JSON. */
export const echo: Handler = (request, response) => {
  response.setHeader('content-type', 'application/json');
  response.end(
    JSON.stringify({
      method: request.method,
      target: request.target,
      headers: request.headers,
      body: request.body,
    }),
  );
};

/**
 * A real HTTP server on 127.0.0.1 with a random port, standing in for a vendor API in tests. It
 * records every request it receives.
 *
 * @example
 * const server = await startTestServer((request, response) => response.end('ok'));
 * afterAll(() => server.close());
 */
export async function startTestServer(handler: Handler = echo): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const target = incoming.url ?? '/';
    const request: RecordedRequest = {
      method: incoming.method ?? 'GET',
      target,
      url: new URL(target, 'http://127.0.0.1'),
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(request);
    try {
      await handler(request, response);
    } catch (error) {
      response.statusCode = 500;
      response.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
