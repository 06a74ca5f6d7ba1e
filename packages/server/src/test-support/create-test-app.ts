import type { ToolRouterOptions } from '@toolrouter/core';
import { createEchoRouter, type EchoApi, startEchoApi } from '@toolrouter/core/test';
import type { Hono } from 'hono';
import type { AnyToolRouter } from '../api/api-context.ts';
import { createServer } from '../create-server.ts';
import type { CreateServerOptions } from '../server-options.ts';

export const TEST_API_KEY = 'admin-key-for-tests-0123456789';
export const TEST_BASE_URL = 'http://toolrouter.test';

export interface TestApp {
  app: Hono;
  router: AnyToolRouter;
  /** The local echo API behind the echo toolkits; `key-alice` calls as alice, `key-bob` as bob. */
  api: EchoApi;
  /** Unexpected errors the server reported. */
  errors: unknown[];
  /** `app.request` with the admin key and a JSON body. */
  admin(
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  /** Creates an echo API-key auth config with alice's and bob's accounts on it. */
  connectEchoAccounts(): Promise<{ authConfigId: string }>;
  close(): Promise<void>;
}

/** An in-process app (tested with `app.request`, no port) over an echo router at TEST_BASE_URL (router options override). */
export async function createTestApp(
  serverOptions: CreateServerOptions = {},
  routerOptions: ToolRouterOptions = {},
): Promise<TestApp> {
  const api = await startEchoApi({ 'key-alice': 'alice', 'key-bob': 'bob' });
  const router = createEchoRouter(api.url, {
    baseUrl: TEST_BASE_URL,
    ...routerOptions,
  }) as unknown as AnyToolRouter;
  const errors: unknown[] = [];
  const app = createServer(router, {
    apiKey: TEST_API_KEY,
    baseUrl: TEST_BASE_URL,
    onError: (error) => errors.push(error),
    ...serverOptions,
  });
  return {
    app,
    router,
    api,
    errors,
    admin: async (path, init = {}) =>
      app.request(path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: {
          authorization: `Bearer ${TEST_API_KEY}`,
          'content-type': 'application/json',
          ...init.headers,
        },
        ...(init.body === undefined
          ? {}
          : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
      }),
    connectEchoAccounts: () => connectEchoAccounts(router),
    async close() {
      await router.close();
      await api.close();
    },
  };
}

/** Creates an echo API-key auth config with alice's and bob's accounts on it. */
export async function connectEchoAccounts(router: AnyToolRouter): Promise<{ authConfigId: string }> {
  const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
  await router.connectedAccounts.create({
    userId: 'alice',
    authConfigId: authConfig.id,
    credentials: { apiKey: 'key-alice' },
  });
  await router.connectedAccounts.create({
    userId: 'bob',
    authConfigId: authConfig.id,
    credentials: { apiKey: 'key-bob' },
  });
  return { authConfigId: authConfig.id };
}
