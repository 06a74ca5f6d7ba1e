import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createEchoRouter, type EchoApi, startEchoApi } from '@toolrouter/core/test';
import type { Hono } from 'hono';
import type { AnyToolRouter } from '../api/api-context.ts';
import { createServer } from '../create-server.ts';
import type { CreateServerOptions } from '../server-options.ts';
import { connectEchoAccounts, TEST_API_KEY } from './create-test-app.ts';

export interface TestServer {
  /** `http://127.0.0.1:<port>`: the router's baseUrl too. */
  url: string;
  router: AnyToolRouter;
  app: Hono;
  /** The local echo API behind the echo toolkits; `key-alice` calls as alice, `key-bob` as bob. */
  api: EchoApi;
  /** Every request that reached `/mcp/...`, with the MCP-Protocol-Version header it carried. */
  mcpRequests: Array<{ method: string; protocolVersion: string | null }>;
  /** Creates an echo API-key auth config with alice's and bob's accounts on it. */
  connectEchoAccounts(): Promise<{ authConfigId: string }>;
  close(): Promise<void>;
}

/**
 * A real listening server on 127.0.0.1 (port 0) over an echo router whose `baseUrl` is that
 * address, for clients that need a URL. In-process tests use `app.request` instead.
 */
export async function startTestServer(serverOptions: CreateServerOptions = {}): Promise<TestServer> {
  const api = await startEchoApi({ 'key-alice': 'alice', 'key-bob': 'bob' });
  let app: Hono | undefined;
  const mcpRequests: TestServer['mcpRequests'] = [];
  const server = serve({
    fetch: (request) => {
      if (new URL(request.url).pathname.startsWith('/mcp/')) {
        mcpRequests.push({
          method: request.method,
          protocolVersion: request.headers.get('mcp-protocol-version'),
        });
      }
      return app!.fetch(request);
    },
    hostname: '127.0.0.1',
    port: 0,
  });
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const router = createEchoRouter(api.url, { baseUrl: url }) as unknown as AnyToolRouter;
  app = createServer(router, { apiKey: TEST_API_KEY, baseUrl: url, onError: () => {}, ...serverOptions });
  return {
    url,
    router,
    app,
    api,
    mcpRequests,
    connectEchoAccounts: () => connectEchoAccounts(router),
    async close() {
      server.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await router.close();
      await api.close();
    },
  };
}
