// `pnpm bench` here: execute throughput and router overhead with 100 concurrent sessions, on a
// SQLite file and on PostgreSQL, measured in one run against the same local API.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Store, sqliteStore, ToolRouter } from '@toolrouter/core';
import { echoToolkit } from '@toolrouter/core/test';
import { postgresStore } from '@toolrouter/postgres';
import { dropSchemas, newSchemaName, TEST_DATABASE_URL, withAdminClient } from '@toolrouter/postgres/test';
import { percentile, startApi } from './bench-support.ts';

export const SESSIONS = 100;
const CALLS_PER_SESSION = 30;
const WARMUP_PER_SESSION = 3;

/** Runs `call` CALLS_PER_SESSION times in each of SESSIONS concurrent loops; per-call samples and calls/s. */
async function concurrently<T>(call: (session: number, index: number) => Promise<T>) {
  const started = performance.now();
  const results: T[] = [];
  await Promise.all(
    Array.from({ length: SESSIONS }, async (_, session) => {
      for (let index = 0; index < CALLS_PER_SESSION; index++) results.push(await call(session, index));
    }),
  );
  return { results, callsPerSecond: results.length / ((performance.now() - started) / 1000) };
}

/** A direct fetch of the API at the same concurrency: the floor any router sits on. */
export async function directFetch(apiUrl: string) {
  const run = () =>
    concurrently(async (session, index) => {
      const started = performance.now();
      const response = await fetch(`${apiUrl}/things/${index}`, {
        headers: { 'x-api-key': `key-${session}` },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`direct fetch answered ${response.status}`);
      return performance.now() - started;
    });
  await run();
  const { results, callsPerSecond } = await run();
  return { callsPerSecond, p50: percentile(results, 0.5), p99: percentile(results, 0.99) };
}

/** `session.execute` from SESSIONS concurrent sessions, each of its own user and account. */
export async function executeOn(store: Store, apiUrl: string) {
  const router = new ToolRouter({
    store,
    builtinToolkits: false,
    toolkits: [echoToolkit],
    toolkitBaseUrls: { echo: apiUrl },
    encryptionKeys: [randomBytes(32).toString('base64')],
  });
  try {
    const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, async (_, index) => {
        await router.connectedAccounts.create({
          userId: `user-${index}`,
          authConfigId: authConfig.id,
          credentials: { apiKey: `key-${index}` },
        });
        return router.create(`user-${index}`, { toolkits: ['echo'] });
      }),
    );
    const execute = async (session: number, index: number) => {
      const started = performance.now();
      const result = await sessions[session]!.execute('ECHO_GET', { id: String(index) });
      if (!result.successful) throw new Error(`execute failed: ${result.error}`);
      return performance.now() - started;
    };
    for (let index = 0; index < WARMUP_PER_SESSION; index++)
      await Promise.all(sessions.map((_, session) => execute(session, index)));
    const { results, callsPerSecond } = await concurrently(execute);
    return { callsPerSecond, p50: percentile(results, 0.5), p99: percentile(results, 0.99) };
  } finally {
    await router.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const api = await startApi();
  const directory = mkdtempSync(join(tmpdir(), 'toolrouter-bench-'));
  const schema = newSchemaName();
  try {
    console.log(
      `## multi-instance-tests: ${SESSIONS} concurrent sessions × ${CALLS_PER_SESSION} executes, local API on its own thread (${availableParallelism()} CPUs)`,
    );
    const direct = await directFetch(api.url);
    const sqlite = await executeOn(sqliteStore(join(directory, 'bench.db')), api.url);
    const postgres = await executeOn(
      postgresStore({ connectionString: TEST_DATABASE_URL }, { schema }),
      api.url,
    );
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    const rows = [
      ['', 'calls/s', 'p50', 'p99', 'p99 overhead', 'p99 vs direct'],
      ['direct fetch', direct.callsPerSecond.toFixed(0), ms(direct.p50), ms(direct.p99), '', '1.00x'],
      ...(
        [
          ['SQLite file', sqlite],
          ['PostgreSQL', postgres],
        ] as const
      ).map(([name, figures]) => [
        `execute, ${name}`,
        figures.callsPerSecond.toFixed(0),
        ms(figures.p50),
        ms(figures.p99),
        ms(figures.p99 - direct.p99),
        `${(figures.p99 / direct.p99).toFixed(2)}x`,
      ]),
    ];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
    console.log(
      'p99 overhead = p99 of execute − p99 of a direct fetch of the same API at the same concurrency (the API’s own latency)',
    );
  } finally {
    await api.close();
    rmSync(directory, { recursive: true, force: true });
    await withAdminClient((client) => dropSchemas(client, [schema]));
  }
}
