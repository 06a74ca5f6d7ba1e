import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineToolkit, memoryStore, type Store, sqliteStore, ToolRouter } from '@toolrouter/core';

const benchToolkit = defineToolkit({
  slug: 'bench',
  name: 'Bench',
  description: 'A local API for benchmarks.',
  baseUrl: 'http://127.0.0.1',
  auth: [{ mode: 'api_key', in: 'header', name: 'x-api-key' }],
  tools: [
    {
      slug: 'BENCH_GET',
      name: 'Get',
      description: 'Gets an item.',
      inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      request: { method: 'GET', path: '/items/{id}' },
    },
  ],
});

function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

async function startUpstream(delayMs: number) {
  const server = createServer((request, response) => {
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: request.url, ok: true }));
    }, delayMs);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function routerOn(store: Store, upstream: string) {
  const router = new ToolRouter({
    store,
    builtinToolkits: false,
    toolkits: [benchToolkit],
    toolkitBaseUrls: { bench: upstream },
    encryptionKeys: [randomBytes(32).toString('base64')],
  });
  const authConfig = await router.authConfigs.create({ toolkit: 'bench', mode: 'api_key' });
  await router.connectedAccounts.create({
    userId: 'u1',
    authConfigId: authConfig.id,
    credentials: { apiKey: 'bench-key' },
  });
  return router;
}

/** Session creations per second on a store. */
async function sessionsPerSecond(store: Store, upstream: string, count: number): Promise<number> {
  const router = await routerOn(store, upstream);
  await router.create('warmup', { toolkits: ['bench'] });
  const started = performance.now();
  for (let index = 0; index < count; index++)
    await router.create(`user-${index % 50}`, { toolkits: ['bench'] });
  const seconds = (performance.now() - started) / 1000;
  await router.close();
  return count / seconds;
}

/** p50/p99 of session.execute vs a direct fetch of the same endpoint, interleaved. */
async function executeOverhead(store: Store, upstream: string, iterations: number) {
  const router = await routerOn(store, upstream);
  const session = await router.create('u1', { toolkits: ['bench'] });
  const direct: number[] = [];
  const routed: number[] = [];
  for (let index = 0; index < 50; index++) {
    await session.execute('BENCH_GET', { id: 'warm' });
    await (await fetch(`${upstream}/items/warm`, { headers: { 'x-api-key': 'bench-key' } })).json();
  }
  for (let index = 0; index < iterations; index++) {
    let started = performance.now();
    await (await fetch(`${upstream}/items/${index}`, { headers: { 'x-api-key': 'bench-key' } })).json();
    direct.push(performance.now() - started);
    started = performance.now();
    const result = await session.execute('BENCH_GET', { id: String(index) });
    routed.push(performance.now() - started);
    if (!result.successful) throw new Error(`bench call failed: ${result.error}`);
  }
  await router.close();
  return {
    directP50: percentile(direct, 0.5),
    routedP50: percentile(routed, 0.5),
    directP99: percentile(direct, 0.99),
    routedP99: percentile(routed, 0.99),
  };
}

/** Prints session creation rates and the router's per-call overhead against a direct fetch. */
export async function runExecuteOverheadBench(): Promise<void> {
  const upstream = await startUpstream(1);
  const directory = mkdtempSync(join(tmpdir(), 'toolrouter-bench-'));
  try {
    console.log('## core: sessions and execution');
    const memoryRate = await sessionsPerSecond(memoryStore(), upstream.url, 2_000);
    const sqliteRate = await sessionsPerSecond(
      sqliteStore(join(directory, 'sessions.db')),
      upstream.url,
      2_000,
    );
    console.log(
      `session creation: memory ${memoryRate.toFixed(0)}/s, SQLite file ${sqliteRate.toFixed(0)}/s`,
    );
    for (const [name, store] of [
      ['memory', memoryStore()],
      ['SQLite file', sqliteStore(join(directory, 'execute.db'))],
    ] as const) {
      const figures = await executeOverhead(store, upstream.url, 1_000);
      console.log(
        `execute vs direct fetch (1 ms upstream, ${name}): p50 ${figures.routedP50.toFixed(2)} ms vs ${figures.directP50.toFixed(2)} ms = ${(figures.routedP50 / figures.directP50).toFixed(2)}x (goal < 1.2x); p99 ${figures.routedP99.toFixed(2)} ms vs ${figures.directP99.toFixed(2)} ms`,
      );
    }
  } finally {
    upstream.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runExecuteOverheadBench();
