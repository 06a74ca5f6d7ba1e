import { memoryStore } from '@toolrouter/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_API_KEY, TEST_BASE_URL, type TestApp } from '../test-support/create-test-app.ts';
import { createLogger } from './create-logger.ts';

let test: TestApp | undefined;

afterEach(async () => {
  await test?.close();
  test = undefined;
});

/** A test app whose logger writes into `lines` (JSON, as in production). */
async function loggedApp(env: Record<string, string> = { NODE_ENV: 'production' }) {
  const lines: string[] = [];
  const logger = createLogger({ env, write: (line) => lines.push(line) });
  test = await createTestApp({ logger, onError: undefined });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { test, lines, entries };
}

const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

describe('the request log', () => {
  it('writes one JSON line per request with id, method, route, status and duration', async () => {
    const { test, entries } = await loggedApp();
    const response = await test.admin('/api/v1/sessions', { body: { userId: 'alice', config: {} } });
    expect(response.status).toBe(201);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await test.app.request('/healthz', { headers: { 'x-request-id': 'probe-1' } });
    const [created, health] = entries();
    expect(entries()).toHaveLength(2);
    expect(created).toMatchObject({
      level: 30,
      msg: 'request',
      requestId,
      method: 'POST',
      route: '/api/v1/sessions',
      status: 201,
      userId: 'alice',
    });
    expect(created?.durationMs).toBeTypeOf('number');
    expect(health).toMatchObject({ requestId: 'probe-1', route: '/healthz', status: 200 });
  });

  it('names the session, user and tool of an MCP tool call, and the route pattern, not the path', async () => {
    const { test, entries } = await loggedApp();
    await test.connectEchoAccounts();
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    const response = await test.app.request(new URL(session.mcp.url).pathname, {
      method: 'POST',
      headers: { ...MCP_HEADERS, ...session.mcp.headers },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: {
          name: 'TOOLROUTER_MULTI_EXECUTE_TOOL',
          arguments: { tools: [{ tool_slug: 'ECHO_GET', arguments: { id: '1' } }] },
        },
      }),
    });
    expect(response.status).toBe(200);
    await response.text();
    expect(entries().at(-1)).toMatchObject({
      method: 'POST',
      route: '/mcp/:sessionId',
      status: 200,
      sessionId: session.sessionId,
      userId: 'alice',
      toolSlug: 'TOOLROUTER_MULTI_EXECUTE_TOOL:ECHO_GET',
    });
  });

  it('logs a bad request as its request line only, without a stack trace', async () => {
    const { test, lines, entries } = await loggedApp();
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    for (let index = 0; index < 5; index++) {
      await test.admin('/api/v1/sessions', { body: '{not json' });
      await test.admin(`/api/v1/sessions/${session.sessionId}/execute`, { body: { toolSlug: 42 } });
      const mcp = await test.app.request(new URL(session.mcp.url).pathname, {
        method: 'POST',
        headers: { ...MCP_HEADERS, ...session.mcp.headers },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { nope: true } }),
      });
      await mcp.text();
    }
    expect(lines.join('')).not.toContain('    at ');
    expect(entries().filter((entry) => entry.msg === 'request')).toHaveLength(15);
    expect(entries().every((entry) => Number(entry.level) <= 40)).toBe(true);
  });

  it('logs an unexpected error once, with its stack and the request id of its 500', async () => {
    const store = memoryStore();
    const { entries } = await (async () => {
      const lines: string[] = [];
      const logger = createLogger({ env: { NODE_ENV: 'production' }, write: (line) => lines.push(line) });
      test = await createTestApp({ logger, onError: undefined }, { store });
      return { entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
    })();
    await test!.router.ready();
    store.query = async () => {
      throw new Error('disk on fire');
    };
    const response = await test!.admin('/api/v1/sessions');
    expect(response.status).toBe(500);
    const requestId = response.headers.get('x-request-id');
    const errors = entries().filter((entry) => entry.msg === 'unexpected error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ level: 50, requestId, err: { message: 'disk on fire' } });
    expect(String((errors[0]?.err as { stack?: string } | undefined)?.stack)).toContain('disk on fire');
    expect(entries().find((entry) => entry.msg === 'request')).toMatchObject({ requestId, status: 500 });
  });

  it('never writes a secret: admin key, MCP token, typed API key, OAuth code', async () => {
    const { test, lines } = await loggedApp({ NODE_ENV: 'production', LOG_LEVEL: 'trace' });
    await test.router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const session = await test.router.create('erin', { toolkits: ['echo'] });
    const token = session.mcp.headers.Authorization!.replace('Bearer ', '');
    const request = await session.authorize('echo');
    await test.app.request(`/connect/${request.linkId}`);
    await test.app.request(`/connect/${request.linkId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_BASE_URL },
      body: new URLSearchParams({ apiKey: 'key-alice-typed-secret' }).toString(),
    });
    await test.app.request('/oauth/callback?code=oauth-code-secret&state=oauth-state-secret');
    await test.admin('/api/v1/sessions');
    await test.app.request('/api/v1/sessions', {
      headers: { authorization: 'Bearer wrong-admin-key-guess' },
    });
    const mcp = await test.app.request(new URL(session.mcp.url).pathname, {
      method: 'POST',
      headers: { ...MCP_HEADERS, ...session.mcp.headers },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    await mcp.text();
    const log = lines.join('');
    expect(lines).toHaveLength(6);
    for (const secret of [
      TEST_API_KEY,
      token,
      'key-alice-typed-secret',
      'oauth-code-secret',
      'oauth-state-secret',
      'wrong-admin-key-guess',
      request.linkId,
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('createLogger', () => {
  it('writes readable lines outside production', async () => {
    const { test, lines } = await loggedApp({ NODE_ENV: 'development' });
    await test.app.request('/healthz', { headers: { 'x-request-id': 'abc' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}GET \/healthz 200 [\d.]+ms requestId=abc\n$/);
  });

  it('follows LOG_LEVEL and refuses an unknown one', async () => {
    const { test, lines } = await loggedApp({ NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    await test.app.request('/healthz');
    await test.app.request('/api/v1/sessions');
    expect(lines).toHaveLength(0);
    expect(() => createLogger({ env: { LOG_LEVEL: 'loud' } })).toThrow(/LOG_LEVEL must be one of .*'loud'/);
  });
});
