import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the mock API received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  bodyText: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: any;
}

export interface MockResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are. */
  body?: unknown;
}

export interface MockApi {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a local HTTP server on 127.0.0.1 that stands in for a vendor API: every request is recorded
 * and answered by `respond`.
 *
 * @example
 * const api = await startMockApi((request) => ({ body: { ok: true, path: request.path } }));
 */
export async function startMockApi(
  respond: (request: RecordedRequest) => MockResponse | Promise<MockResponse>,
): Promise<MockApi> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const bodyText = Buffer.concat(chunks).toString('utf8');
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    let json: unknown;
    try {
      json = bodyText ? JSON.parse(bodyText) : undefined;
    } catch {
      json = undefined;
    }
    const recorded: RecordedRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      bodyText,
      json,
    };
    requests.push(recorded);
    try {
      const response = await respond(recorded);
      const isText = typeof response.body === 'string';
      outgoing.writeHead(response.status ?? 200, {
        'content-type': isText ? 'text/plain' : 'application/json',
        ...response.headers,
      });
      outgoing.end(
        response.body === undefined ? '' : isText ? (response.body as string) : JSON.stringify(response.body),
      );
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
