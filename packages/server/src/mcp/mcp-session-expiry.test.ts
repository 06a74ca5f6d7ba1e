import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

let test: TestApp | undefined;
afterEach(async () => {
  await test?.close();
});

const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } },
});

describe('MCP session expiry (sessionTtlMs)', () => {
  it('answers an expired session with the same 401 as a wrong token', async () => {
    test = await createTestApp({}, { sessionTtlMs: 2_000 });
    const session = await test.router.create('alice');
    const post = (authorization: string) =>
      test!.app.request(`/mcp/${session.sessionId}`, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: INITIALIZE,
      });
    expect((await post(session.mcp.headers.Authorization)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const expired = await post(session.mcp.headers.Authorization);
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(await expired.text()).toBe(await (await post('Bearer trs_wrong')).text());
    // The admin API still reads it.
    expect((await test.router.sessions.use(session.sessionId)).sessionId).toBe(session.sessionId);
  });
});
