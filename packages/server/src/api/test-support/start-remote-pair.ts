import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ToolRouter } from '@toolrouter/core';
import { createTestApp, TEST_API_KEY, type TestApp } from '../../test-support/create-test-app.ts';

export interface RemotePair {
  /** The embedded router behind the server (the echo router of `createTestApp`). */
  test: TestApp;
  /** `http://127.0.0.1:<port>`, where the server listens. */
  url: string;
  /** A remote-mode router pointed at it. */
  remote: ToolRouter;
  /** `METHOD /path` of every request the server received. */
  requests: string[];
  close(): Promise<void>;
}

/** A server on a loopback port over an echo router, and a remote router in front of it. */
export async function startRemotePair(): Promise<RemotePair> {
  // The remote router calls the loopback address, not the public base URL.
  const test = await createTestApp({ allowedHosts: ['127.0.0.1'] });
  const requests: string[] = [];
  const listener = serve({
    fetch: (request) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return test.app.fetch(request);
    },
    hostname: '127.0.0.1',
    port: 0,
  });
  await once(listener, 'listening');
  const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  return {
    test,
    url,
    remote: new ToolRouter({ apiUrl: url, apiKey: TEST_API_KEY }),
    requests,
    async close() {
      listener.close();
      if ('closeAllConnections' in listener) listener.closeAllConnections();
      await test.close();
    },
  };
}
