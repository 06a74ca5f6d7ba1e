import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_API_KEY, type TestApp } from '../test-support/create-test-app.ts';
import type { ServerRateLimits } from './rate-limits.ts';

let test: TestApp | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

const minute = (limit: number) => ({ limit, windowMs: 60_000 });

async function start(rateLimits: ServerRateLimits) {
  test = await createTestApp({ rateLimits });
  return test;
}

function mcp(app: TestApp, sessionId: string, token: string, body: unknown) {
  return app.app.request(`/mcp/${sessionId}`, {
    method: 'POST',
    headers: {
      authorization: token,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
    },
    body: JSON.stringify(body),
  });
}

const listTools = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/list', params: {} });

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-session limit; other sessions go on', async () => {
    const app = await start({ session: minute(3) });
    const session = await app.router.create('alice');
    const statuses = [];
    for (let index = 0; index < 5; index++) {
      statuses.push(
        (await mcp(app, session.sessionId, session.mcp.headers.Authorization, listTools(index))).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await mcp(app, session.sessionId, session.mcp.headers.Authorization, listTools(9));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await app.router.create('alice');
    expect((await mcp(app, other.sessionId, other.mcp.headers.Authorization, listTools(1))).status).toBe(200);
  });

  it('counts a user across sessions', async () => {
    const app = await start({ user: minute(2) });
    const sessions = [
      await app.router.create('bob'),
      await app.router.create('bob'),
      await app.router.create('bob'),
    ];
    const statuses = [];
    for (const session of sessions) {
      statuses.push(
        (await mcp(app, session.sessionId, session.mcp.headers.Authorization, listTools(1))).status,
      );
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('counts every tool of a MULTI_EXECUTE and refuses a request that asks for too many', async () => {
    const app = await start({ maxUpstreamCallsPerRequest: 5 });
    const session = await app.router.create('alice', { toolkits: ['publicecho'] });
    const call = (count: number) => ({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: {
        name: 'TOOLROUTER_MULTI_EXECUTE_TOOL',
        arguments: {
          tools: Array.from({ length: count }, (_, index) => ({
            tool_slug: 'PUBLICECHO_GET',
            arguments: { id: String(index) },
          })),
        },
      },
    });
    expect((await mcp(app, session.sessionId, session.mcp.headers.Authorization, call(50))).status).toBe(400);
    const batch = Array.from({ length: 6 }, (_, index) => listTools(index));
    expect((await mcp(app, session.sessionId, session.mcp.headers.Authorization, batch)).status).toBe(400);
  });

  it('throttles failed authentication: past the limit even the right key waits', async () => {
    const app = await start({ failedAuth: minute(3) });
    const rest = (key: string) =>
      app.app.request('/api/v1/toolkits', { headers: { authorization: `Bearer ${key}` } });
    expect((await rest(TEST_API_KEY)).status).toBe(200);
    const wrong = [];
    for (let index = 0; index < 3; index++) wrong.push((await rest(`wrong-${index}`)).status);
    expect(wrong).toEqual([401, 401, 401]);
    const blocked = await rest(TEST_API_KEY);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    const session = await app.router.create('alice');
    expect((await mcp(app, session.sessionId, session.mcp.headers.Authorization, listTools(1))).status).toBe(
      429,
    );
  });

  it('limits the admin key', async () => {
    const app = await start({ adminKey: minute(2) });
    const statuses = [];
    for (let index = 0; index < 3; index++) statuses.push((await app.admin('/api/v1/toolkits')).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
