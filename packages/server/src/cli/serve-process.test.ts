import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('./toolrouter.ts', import.meta.url));
const API_KEY = 'process-test-admin-key';

/** A toolkit whose one tool waits at the hold server until the test releases it. */
const CONFIG = `export default {
  builtinToolkits: false,
  toolkits: [{
    slug: 'slow', name: 'Slow', description: 'Answers when the test says so.', baseUrl: process.env.HOLD_URL,
    auth: [{ mode: 'none' }],
    tools: [{ slug: 'SLOW_WAIT', name: 'Wait', description: 'Waits for the hold server.', inputSchema: { type: 'object', properties: {} }, request: { method: 'GET', path: '/hold' } }],
  }],
};
`;

let directory: string;
let child: ChildProcess | undefined;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'toolrouter-serve-'));
  writeFileSync(join(directory, 'toolrouter.config.ts'), CONFIG);
});

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});

/** Starts `toolrouter serve` in a child process; resolves with its URL and a way to read its output. */
async function startChild(env: Record<string, string | undefined>) {
  child = spawn(
    process.execPath,
    ['--conditions=@toolrouter/source', CLI, 'serve', '--port', '0', '--config', 'toolrouter.config.ts'],
    {
      cwd: directory,
      // The process lifecycle is under test, not the generated catalog: leave its 11,000 tools out of each start.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TOOLROUTER_CATALOG: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
    for (const waiter of waiters.splice(0)) waiter();
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const output = () => ({ stdout, stderr });
  const waitFor = async (pattern: RegExp) => {
    while (!pattern.test(stdout)) {
      if (child!.exitCode !== null)
        throw new Error(`toolrouter exited early (${child!.exitCode}): ${stdout}${stderr}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        child!.once('exit', () => resolve());
      });
    }
    return pattern.exec(stdout)!;
  };
  return { output, waitFor };
}

/** A server that holds every request until `release()`; `arrived` resolves when the first one comes in. */
async function startHoldServer() {
  const held: ServerResponse[] = [];
  let arrived!: () => void;
  const first = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const server = createServer((_request, response) => {
    held.push(response);
    arrived();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrived: first,
    release() {
      for (const response of held.splice(0)) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ done: true }));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One request on a fresh connection (no pooled keep-alive socket): the status, or the connection error code. */
function freshRequest(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const request = httpRequest(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    request.end();
  });
}

describe('toolrouter serve as a process', () => {
  it('on SIGTERM stops accepting connections, lets the call in flight finish, closes the store and exits 0', async () => {
    const hold = await startHoldServer();
    try {
      const { waitFor, output } = await startChild({
        TOOLROUTER_API_KEY: API_KEY,
        TOOLROUTER_DATABASE_URL: `sqlite:${join(directory, 'toolrouter.db')}`,
        TOOLROUTER_ENCRYPTION_KEYS: randomBytes(32).toString('base64'),
        HOLD_URL: hold.url,
      });
      const url = (await waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
      // The search index was built before the server answered, and the build is reported.
      await waitFor(/Search +\d+ tools indexed in \d+ ms \(about [\d.]+ MB of heap\)/);
      const admin = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };
      expect(await freshRequest(`${url}/healthz`)).toBe(200);
      const session = await (
        await fetch(`${url}/api/v1/sessions`, {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ userId: 'alice', config: { toolkits: ['slow'] } }),
        })
      ).json();

      const inFlight = fetch(`${url}/api/v1/sessions/${session.sessionId}/execute`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ toolSlug: 'SLOW_WAIT', arguments: {} }),
      });
      await hold.arrived;
      const exited = once(child!, 'exit');
      child!.kill('SIGTERM');
      await waitFor(/SIGTERM received; not accepting new connections/);
      expect(await freshRequest(`${url}/healthz`)).toBe('ECONNREFUSED');

      hold.release();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ successful: true, data: { done: true } });
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output().stdout).toContain('toolrouter: stopped.');
    } finally {
      hold.release();
      await hold.close();
    }
  });

  it('exits 130 at once on a second signal, without waiting for the call in flight', async () => {
    const hold = await startHoldServer();
    try {
      const { waitFor, output } = await startChild({
        TOOLROUTER_API_KEY: API_KEY,
        TOOLROUTER_DATABASE_URL: `sqlite:${join(directory, 'toolrouter.db')}`,
        TOOLROUTER_ENCRYPTION_KEYS: randomBytes(32).toString('base64'),
        TOOLROUTER_SHUTDOWN_GRACE_MS: '600000',
        HOLD_URL: hold.url,
      });
      const url = (await waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
      const admin = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };
      const session = await (
        await fetch(`${url}/api/v1/sessions`, {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ userId: 'alice', config: { toolkits: ['slow'] } }),
        })
      ).json();
      const inFlight = fetch(`${url}/api/v1/sessions/${session.sessionId}/execute`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ toolSlug: 'SLOW_WAIT', arguments: {} }),
      }).catch((error: unknown) => error);
      await hold.arrived;
      const exited = once(child!, 'exit');
      child!.kill('SIGTERM');
      await waitFor(/SIGTERM received; not accepting new connections/);
      child!.kill('SIGINT');
      const [code] = await exited;
      expect(code).toBe(130);
      expect(output().stderr).toContain('second signal, exiting now');
      expect(await inFlight).toBeInstanceOf(Error);
    } finally {
      hold.release();
      await hold.close();
    }
  });

  it('refuses a second server on the same SQLite file, pointing to PostgreSQL; takes over after the first was killed', async () => {
    const env = {
      TOOLROUTER_API_KEY: API_KEY,
      TOOLROUTER_DATABASE_URL: `sqlite:${join(directory, 'toolrouter.db')}`,
      TOOLROUTER_ENCRYPTION_KEYS: randomBytes(32).toString('base64'),
      HOLD_URL: 'http://127.0.0.1:9',
    };
    const first = await startChild(env);
    await first.waitFor(/listening on/);
    const firstChild = child!;
    const second = await startChild(env);
    const [code] = await once(child!, 'exit');
    expect(code).toBe(1);
    const { stderr } = second.output();
    expect(stderr).toContain(`Another toolrouter server (pid ${firstChild.pid}`);
    expect(stderr).toMatch(/SQLite serves one process: to run several servers, use PostgreSQL/);

    // kill -9 leaves the lock file behind; the next server sees its owner is gone and takes over.
    firstChild.kill('SIGKILL');
    await once(firstChild, 'exit');
    const third = await startChild(env);
    await third.waitFor(/listening on/);
    const exited = once(child!, 'exit');
    child!.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);
    expect(existsSync(join(directory, 'toolrouter.db.lock'))).toBe(false);
  });

  it('answers a call still running when the grace runs out with a typed 503 SHUTTING_DOWN, not a reset', async () => {
    const hold = await startHoldServer();
    try {
      const { waitFor } = await startChild({
        TOOLROUTER_API_KEY: API_KEY,
        TOOLROUTER_DATABASE_URL: `sqlite:${join(directory, 'toolrouter.db')}`,
        TOOLROUTER_ENCRYPTION_KEYS: randomBytes(32).toString('base64'),
        TOOLROUTER_SHUTDOWN_GRACE_MS: '300',
        HOLD_URL: hold.url,
      });
      const url = (await waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
      const admin = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };
      const session = await (
        await fetch(`${url}/api/v1/sessions`, {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ userId: 'alice', config: { toolkits: ['slow'] } }),
        })
      ).json();
      const inFlight = fetch(`${url}/api/v1/sessions/${session.sessionId}/execute`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ toolSlug: 'SLOW_WAIT', arguments: {} }),
      });
      await hold.arrived;
      const exited = once(child!, 'exit');
      child!.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(await response.json()).toMatchObject({ error: { code: 'SHUTTING_DOWN' } });
      hold.release();
      expect((await exited)[0]).toBe(0);
    } finally {
      hold.release();
      await hold.close();
    }
  });

  it('exits 1 and frees its port when the store cannot open, instead of answering 503 forever', async () => {
    const { output } = await startChild({
      TOOLROUTER_API_KEY: API_KEY,
      TOOLROUTER_DATABASE_URL: 'postgres://toolrouter:secret@127.0.0.1:1/toolrouter',
      TOOLROUTER_DATABASE_SCHEMA: 'not a schema',
      TOOLROUTER_ENCRYPTION_KEYS: randomBytes(32).toString('base64'),
    });
    const [code] = await once(child!, 'exit');
    expect(code).toBe(1);
    expect(output().stderr).toContain("Schema 'not a schema' must be");
  });

  it('refuses to start in production without TOOLROUTER_API_KEY, with one line and no stack trace', async () => {
    const { output } = await startChild({
      NODE_ENV: 'production',
      TOOLROUTER_DATABASE_URL: `sqlite:${join(directory, 'toolrouter.db')}`,
      TOOLROUTER_ENCRYPTION_KEYS: randomBytes(32).toString('base64'),
    });
    const [code] = await once(child!, 'exit');
    expect(code).toBe(1);
    expect(output().stderr).toContain('TOOLROUTER_API_KEY is required when NODE_ENV=production');
    expect(output().stderr).not.toMatch(/\n\s+at /);
  });
});
