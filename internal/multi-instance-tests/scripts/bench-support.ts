// Shared by the benchmarks of this package: the local API, percentiles, the forked servers.
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export const BENCH_ADMIN_KEY = 'bench-admin-key-0123456789abcdef';

/**
 * The local API on a thread of its own, so its latency is not the router's event loop: answers
 * `GET /things/:id` with JSON when the `x-api-key` header is there, 401 otherwise. `delayMs` holds
 * each answer that long (a timer on the API's thread), like an upstream that takes a moment to
 * answer: issue 18's targets are set against an API answering in ~1 ms.
 */
export async function startApi(
  options: { delayMs?: number } = {},
): Promise<{ url: string; delayMs: number; close(): Promise<number> }> {
  const delayMs = options.delayMs ?? 0;
  const worker = new Worker(
    `
    const { createServer } = require('node:http');
    const { parentPort, workerData } = require('node:worker_threads');
    const server = createServer((request, response) => {
      const ok = Boolean(request.headers['x-api-key']) || request.url.startsWith('/public/');
      const answer = () => {
        response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
        response.end(JSON.stringify(ok ? { id: request.url.split('/').pop(), name: 'a thing' } : { error: 'no key' }));
      };
      if (workerData.delayMs > 0) setTimeout(answer, workerData.delayMs);
      else answer();
    });
    server.keepAliveTimeout = 60000;
    server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
    `,
    { eval: true, workerData: { delayMs } },
  );
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  return { url: `http://127.0.0.1:${port}`, delayMs, close: () => worker.terminate() };
}

export function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

export interface Latencies {
  p50: number;
  p99: number;
}

/** A small seeded generator (mulberry32): the same resamples in every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

function resampledPercentile(samples: readonly number[], fraction: number, random: () => number): number {
  const drawn = new Float64Array(samples.length);
  for (let index = 0; index < drawn.length; index++)
    drawn[index] = samples[Math.floor(random() * samples.length)]!;
  drawn.sort();
  return drawn[Math.min(drawn.length - 1, Math.floor(drawn.length * fraction))]!;
}

/**
 * The middle 95 % of the ratio of two percentiles over `rounds` bootstrap resamples of both sides: how far
 * the ratio a run prints could have landed with the same server and the same noise. A p99 of 2,000
 * samples is their 20th largest, so one burst of another process moves it; the interval says how much.
 */
export function percentileRatioInterval(
  numerator: readonly number[],
  denominator: readonly number[],
  fraction: number,
  rounds = 1000,
): { low: number; high: number } {
  const random = seededRandom(0x5eed);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++)
    ratios.push(
      resampledPercentile(numerator, fraction, random) / resampledPercentile(denominator, fraction, random),
    );
  return { low: percentile(ratios, 0.025), high: percentile(ratios, 0.975) };
}

export function latencies(samples: number[]): Latencies {
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

/** A server process of `bench-server.ts`; `message` is what it sent once listening. */
export interface BenchServer<Message> {
  url: string;
  message: Message;
  /** The forked process (`profile-server.ts` talks to it over IPC). */
  child: ChildProcess;
  /** The process's CPU time so far (user + system), in microseconds. */
  cpuMicros(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Forks `bench-server.ts` with `env`. `launcher` runs node under another program (valgrind for
 * `count-instructions.ts`): `execPath` with `args`, then node and its flags.
 */
export async function forkBenchServer<Message extends { port: number }>(
  env: Record<string, string>,
  launcher?: { execPath: string; args: string[] },
): Promise<BenchServer<Message>> {
  const nodeFlags = [
    '--conditions=@toolrouter/source',
    ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
  ];
  const child: ChildProcess = fork(fileURLToPath(new URL('./bench-server.ts', import.meta.url)), [], {
    ...(launcher
      ? { execPath: launcher.execPath, execArgv: [...launcher.args, process.execPath, ...nodeFlags] }
      : { execArgv: nodeFlags }),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`bench server exited (${code}) before listening`);
    }),
  ])) as [Message];
  const url = `http://127.0.0.1:${message.port}`;
  return {
    url,
    message,
    child,
    async cpuMicros() {
      return ((await (await fetch(`${url}/__cpu`)).json()) as { cpuMicros: number }).cpuMicros;
    },
    async close() {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Prints rows as aligned columns. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}x`;

/** Headers of an admin-key REST call to a bench server. */
export const BENCH_ADMIN_HEADERS = {
  authorization: `Bearer ${BENCH_ADMIN_KEY}`,
  'content-type': 'application/json',
};

/**
 * One call to the bare forwarder (`BENCH_MODE=forwarder`), the reference of the REST/MCP rows: the
 * same ECHO_GET as a REST execute, without the router.
 */
export async function forwarderCall(serverUrl: string, index: number): Promise<void> {
  const response = await fetch(`${serverUrl}/forward`, {
    method: 'POST',
    body: JSON.stringify({ id: String(index) }),
  });
  const body = (await response.json()) as { successful: boolean };
  if (!body.successful) throw new Error('forwarder call failed');
}

/** A session of the bench user with the echo toolkit, and one ECHO_GET call over REST and over MCP. */
export interface EchoSession {
  sessionId: string;
  /** One REST execute of ECHO_GET; throws when it fails. */
  rest(index: number): Promise<void>;
  /** One 2025-era MCP `tools/call` of ECHO_GET; throws when it fails. */
  mcp(index: number): Promise<void>;
}

/**
 * Creates the echo session on a bench server, as the REST/MCP rows and `profile:server` use it.
 *
 * @example
 * const echo = await createEchoSession(server.url);
 * await echo.rest(0);
 */
export async function createEchoSession(serverUrl: string): Promise<EchoSession> {
  const created = (await (
    await fetch(`${serverUrl}/api/v1/sessions`, {
      method: 'POST',
      headers: BENCH_ADMIN_HEADERS,
      body: JSON.stringify({ userId: 'bench-user', config: { toolkits: ['echo'] } }),
    })
  ).json()) as { sessionId: string; mcp: { headers: { Authorization: string } } };
  const mcpHeaders = {
    authorization: created.mcp.headers.Authorization,
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': '2025-06-18',
  };
  return {
    sessionId: created.sessionId,
    async rest(index) {
      const response = await fetch(`${serverUrl}/api/v1/sessions/${created.sessionId}/execute`, {
        method: 'POST',
        headers: BENCH_ADMIN_HEADERS,
        body: JSON.stringify({ toolSlug: 'ECHO_GET', arguments: { id: String(index) } }),
      });
      const body = (await response.json()) as { successful: boolean; error: string | null };
      if (!body.successful) throw new Error(`REST execute failed: ${body.error}`);
    },
    async mcp(index) {
      const response = await fetch(`${serverUrl}/mcp/${created.sessionId}`, {
        method: 'POST',
        headers: mcpHeaders,
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: index,
          method: 'tools/call',
          params: { name: 'ECHO_GET', arguments: { id: String(index) } },
        }),
      });
      const text = await response.text();
      if (!response.ok || text.includes('"isError":true')) throw new Error(`MCP call failed: ${text}`);
    },
  };
}

/**
 * The load of `profile:server` and `instructions:server`: `calls` ECHO_GET calls of `kind` (REST,
 * MCP, or FORWARDER for the bare forwarder) to a bench server, `inFlight` at a time.
 *
 * @example
 * const load = await echoLoad(server.url, 'REST', 16);
 * await load(500);
 */
export async function echoLoad(
  serverUrl: string,
  kind: string,
  inFlight: number,
): Promise<(calls: number) => Promise<void>> {
  const echo = kind === 'FORWARDER' ? undefined : await createEchoSession(serverUrl);
  const call = !echo
    ? (index: number) => forwarderCall(serverUrl, index)
    : kind === 'REST'
      ? echo.rest
      : echo.mcp;
  return async function load(calls) {
    await Promise.all(
      Array.from({ length: inFlight }, async (_, loop) => {
        for (let index = loop; index < calls; index += inFlight) await call(index);
      }),
    );
  };
}
