import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Provider, ToolRouter, type ToolRouterOptions } from '@toolrouter/core';
// Brings in the declaration of globalThis.__toolrouterTestRouter.
import type {} from '@toolrouter/core/test';
import type { Hono } from 'hono';
import { afterAll } from 'vitest';
import { createServer } from '../../create-server.ts';

// vitest setup file: core's router suites make their routers through `testRouter()`, which now
// builds the embedded router those options describe, serves it with createServer on a loopback
// port, and hands the test a remote router (apiUrl + apiKey) in front of it. Every assertion of the
// suite then runs through the REST API.

const API_KEY = 'remote-mode-test-admin-key';
const apps = new Map<string, Hono>();
const routers: ToolRouter<Provider>[] = [];

// One listener per test file; each router gets a path prefix of its own (`/routers/<n>`), which
// also proves that apiUrl may carry a path.
const listener = serve({ fetch: dispatch, hostname: '127.0.0.1', port: 0 });
await once(listener, 'listening');
const origin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;

function dispatch(request: Request): Response | Promise<Response> {
  const url = new URL(request.url);
  const [, , number, ...rest] = url.pathname.split('/');
  const app = apps.get(number ?? '');
  if (!app) return new Response('no such test router', { status: 404 });
  const inner = new URL(`/${rest.join('/')}${url.search}`, url);
  return app.fetch(
    new Request(inner, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      duplex: 'half',
    } as RequestInit),
  );
}

globalThis.__toolrouterTestRouter = (options: ToolRouterOptions<Provider>) => {
  const embedded = new ToolRouter(options);
  routers.push(embedded);
  const number = String(apps.size + 1);
  apps.set(number, createServer(embedded, { apiKey: API_KEY, env: {}, allowedHosts: ['127.0.0.1'] }));
  const remote = new ToolRouter({
    apiUrl: `${origin}/routers/${number}`,
    apiKey: API_KEY,
    ...(options.provider ? { provider: options.provider } : {}),
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  });
  // A custom tool's code runs where tools run: the suite registers it on the server's router, as
  // `toolrouter serve --config` would. (The remote router's own tools.create refuses, tested apart.)
  remote.tools.create = (definition) => embedded.tools.create(definition);
  return remote;
};

afterAll(async () => {
  globalThis.__toolrouterTestRouter = undefined;
  listener.close();
  if ('closeAllConnections' in listener) listener.closeAllConnections();
  for (const router of routers) await router.close().catch(() => {});
  // A suite that built its routers some other way would have passed without testing remote mode.
  if (apps.size === 0)
    throw new Error('This suite made no router through testRouter(): nothing ran remotely.');
});
