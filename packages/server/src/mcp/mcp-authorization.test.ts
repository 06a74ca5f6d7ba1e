import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_BASE_URL, type TestApp } from '../test-support/create-test-app.ts';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } },
});

async function post(path: string, headers: Record<string, string>): Promise<Response> {
  return await test.app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: INITIALIZE,
  });
}

/** The parameters of a `Bearer a="b", c="d"` challenge. */
function challenge(header: string | null): Record<string, string> {
  expect(header).toMatch(/^Bearer /);
  return Object.fromEntries([...header!.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
}

describe('MCP authorization (2025-11-25)', () => {
  it('answers a bad token with 401, error="invalid_token" and the RFC 9728 metadata URL', async () => {
    const session = await test.router.create('alice');
    const response = await post(`/mcp/${session.sessionId}`, { authorization: 'Bearer trs_wrong' });
    expect(response.status).toBe(401);
    const parameters = challenge(response.headers.get('www-authenticate'));
    expect(parameters.error).toBe('invalid_token');
    expect(parameters.resource_metadata).toBe(
      `${TEST_BASE_URL}/.well-known/oauth-protected-resource/mcp/${session.sessionId}`,
    );
    // Without a token there is no error code, only where to learn about the resource (RFC 6750 §3).
    const anonymous = challenge(
      (await post(`/mcp/${session.sessionId}`, {})).headers.get('www-authenticate'),
    );
    expect(anonymous.error).toBeUndefined();
    expect(anonymous.resource_metadata).toBe(parameters.resource_metadata);
  });

  it('serves the protected resource metadata document, the same for any session id', async () => {
    const session = await test.router.create('alice');
    const metadataUrl = new URL(
      `${TEST_BASE_URL}/.well-known/oauth-protected-resource/mcp/${session.sessionId}`,
    );
    const response = await test.app.request(metadataUrl.pathname);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document).toMatchObject({
      resource: `${TEST_BASE_URL}/mcp/${session.sessionId}`,
      bearer_methods_supported: ['header'],
    });
    const unknown = await test.app.request('/.well-known/oauth-protected-resource/mcp/ses_unknown');
    expect(unknown.status).toBe(200);
    expect((await unknown.json()).resource).toBe(`${TEST_BASE_URL}/mcp/ses_unknown`);
  });

  it('answers an unknown session and a wrong token for a real one identically', async () => {
    const session = await test.router.create('alice');
    const token = session.mcp.headers.Authorization;
    const unknown = await post('/mcp/ses_doesnotexist00000000', { authorization: token });
    const wrong = await post(`/mcp/${session.sessionId}`, { authorization: 'Bearer trs_wrong' });
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.text()).toBe(await wrong.text());
  });
});
