// A server process for `performance-bench.ts`, forked once per measurement so its CPU time
// (process.cpuUsage, served at /__cpu) is its own. BENCH_MODE=toolrouter serves the whole HTTP
// surface of a router on a SQLite file; BENCH_MODE=forwarder is the reference: a bare node:http
// service that forwards each call to the same API with fetch and answers its JSON.
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { sqliteStore, ToolRouter } from '@toolrouter/core';
import { echoToolkit } from '@toolrouter/core/test';
import { createServer } from '@toolrouter/server';
import { listen } from '../../../packages/server/src/cli/listen.ts';
import { BENCH_ADMIN_KEY } from './bench-support.ts';

const apiUrl = process.env.BENCH_API_URL!;

function cpuResponse(): Response {
  const { user, system } = process.cpuUsage();
  return Response.json({ cpuMicros: user + system });
}

async function serveToolrouter(): Promise<void> {
  const router = new ToolRouter({
    store: sqliteStore(process.env.BENCH_DATABASE!),
    builtinToolkits: process.env.BENCH_BUILTIN === '1',
    toolkits: [echoToolkit],
    toolkitBaseUrls: { echo: apiUrl },
    encryptionKeys: [randomBytes(32).toString('base64')],
    baseUrl: 'http://127.0.0.1',
  });
  // BENCH_WARM=0 starts as before router.warm() existed: the first search builds the index.
  const started = performance.now();
  let warm = null;
  if (process.env.BENCH_WARM === '0') await router.ready();
  else warm = await router.warm();
  const startMs = performance.now() - started;
  const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
  await router.connectedAccounts.create({
    userId: 'bench-user',
    authConfigId: authConfig.id,
    credentials: { apiKey: 'bench-key' },
  });
  // Limits stay on (their counting is part of the request path) but high enough for the bench's
  // bursts; `127.0.0.1` without a port lets the Host check accept the listener's port.
  const unlimited = { limit: 1_000_000_000, windowMs: 60_000 };
  const app = createServer(router, {
    apiKey: BENCH_ADMIN_KEY,
    baseUrl: 'http://127.0.0.1',
    allowedHosts: ['127.0.0.1'],
    rateLimits: {
      session: unlimited,
      user: unlimited,
      adminKey: unlimited,
      maxUpstreamCallsPerRequest: 1000,
    },
    // BENCH_LEAN_REST=0 sends REST executes through the Hono app too (what the lean path saves).
    leanRestExecute: process.env.BENCH_LEAN_REST !== '0',
  });
  const listener = await listen(
    // As `toolrouter serve`: the adapter's bindings reach the app (the client's address, the raw
    // headers). `/__cpu` is told by the end of the URL, not by parsing it: the forwarder compares
    // `request.url` too.
    () => (request, env) => (request.url.endsWith('/__cpu') ? cpuResponse() : app.fetch(request, env)),
    { port: 0, host: '127.0.0.1' },
  );
  process.send!({ port: listener.port, warm, startMs });
}

async function serveForwarder(): Promise<void> {
  const server = createHttpServer(async (request, response) => {
    if (request.url === '/__cpu') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(await cpuResponse().json()));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
    const upstream = await fetch(`${apiUrl}/things/${encodeURIComponent(id)}`, {
      headers: { 'x-api-key': 'bench-key' },
    });
    const data = await upstream.json();
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ successful: upstream.ok, data, error: null }));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
}

/**
 * `profile-server.ts` sends `profile:start` and `profile:stop` (or `allocations:start` and
 * `allocations:stop`): the V8 CPU profile (or sampled allocations) of the load in between comes
 * back as `{ profile }`.
 */
function answerProfileMessages(): void {
  const inspector = new Session();
  inspector.connect();
  process.on('message', async (message: unknown) => {
    if (message === 'profile:start') {
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.setSamplingInterval', { interval: 100 });
      await inspector.post('Profiler.start');
      process.send!({ profiling: true });
    } else if (message === 'profile:stop') {
      const { profile } = await inspector.post('Profiler.stop');
      process.send!({ profile });
    } else if (message === 'allocations:start') {
      // Every allocation sampled (every 4 KiB on average), also of objects a GC has collected since.
      await inspector.post('HeapProfiler.enable');
      await inspector.post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      process.send!({ profiling: true });
    } else if (message === 'allocations:stop') {
      const { profile } = await inspector.post('HeapProfiler.stopSampling');
      process.send!({ profile });
    }
  });
}

if (process.env.BENCH_PROFILE === '1') answerProfileMessages();
if (process.env.BENCH_MODE === 'forwarder') await serveForwarder();
else await serveToolrouter();
