import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EchoApi {
  url: string;
  /** Every request: method, path, the label of the credential it carried. */
  calls: Array<{ method: string; path: string; account: string; query: Record<string, string> }>;
  /** Answer the next requests with these statuses, in order (then 200 again). */
  queue: Array<{ status: number; headers?: Record<string, string>; delayMs?: number }>;
  close(): Promise<void>;
}

/**
 * A local API that answers which account called it: it maps the credential it receives (API key
 * header, bearer token) to a label from `accounts`, so a test proves which account ran without a
 * secret ever appearing in a result.
 */
export async function startEchoApi(accounts: Record<string, string> = {}): Promise<EchoApi> {
  const calls: EchoApi['calls'] = [];
  const queue: EchoApi['queue'] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const credential =
      (request.headers['x-api-key'] as string | undefined) ??
      request.headers.authorization?.replace(/^(Bearer|Basic) /, '') ??
      url.searchParams.get('api_key') ??
      '';
    const account = accounts[credential] ?? (credential ? 'unknown' : 'anonymous');
    calls.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      account,
      query: Object.fromEntries(url.searchParams),
    });
    const next = queue.shift();
    if (next?.delayMs) await new Promise((resolve) => setTimeout(resolve, next.delayMs));
    const status = next?.status ?? 200;
    response.writeHead(status, { 'content-type': 'application/json', ...next?.headers });
    const body = Buffer.concat(chunks).toString('utf8');
    response.end(
      JSON.stringify(
        status < 400
          ? {
              account,
              method: request.method,
              path: url.pathname,
              query: Object.fromEntries(url.searchParams),
              body: body ? JSON.parse(body) : null,
            }
          : { message: `status ${status}` },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    queue,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
