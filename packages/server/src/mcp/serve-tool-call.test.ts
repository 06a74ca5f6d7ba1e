import {
  isLegacyRequest,
  PROTOCOL_VERSION_META_KEY,
  SUPPORTED_PROTOCOL_VERSIONS,
} from '@modelcontextprotocol/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { directToolCall } from './serve-tool-call.ts';

let test: TestApp;

beforeEach(async () => {
  test = await createTestApp();
  await test.connectEchoAccounts();
});

afterEach(async () => {
  await test.close();
});

const callTool = (id: number | string, name: string, args?: unknown) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: args === undefined ? { name } : { name, arguments: args },
});

const HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** The answer's text with the ids that differ between two runs of the same call (log ids) blanked. */
async function answer(path: string, token: Record<string, string>, body: unknown, version?: string) {
  const response = await test.app.request(path, {
    method: 'POST',
    headers: { ...HEADERS, ...token, ...(version ? { 'mcp-protocol-version': version } : {}) },
    body: JSON.stringify(body),
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, text: (await response.text()).replace(/log_[A-Za-z0-9]+/g, 'log_*') };
}

describe('the lean tools/call path', () => {
  it("answers exactly as the SDK's server does: results, isError results, meta-tools, unknown tools", async () => {
    const session = await test.router.create('alice', {
      toolkits: ['echo'],
      preload: { tools: ['ECHO_GET'] },
    });
    const stranger = await test.router.create('carol', {
      toolkits: ['echo'],
      preload: { tools: ['ECHO_GET'] },
    });
    const path = (of: typeof session) => new URL(of.mcp.url).pathname;
    const cases = [
      [session, callTool(1, 'ECHO_GET', { id: '7' })],
      [
        session,
        callTool('call-2', 'TOOLROUTER_MULTI_EXECUTE_TOOL', {
          tools: [{ tool_slug: 'ECHO_GET', arguments: { id: '8' } }],
        }),
      ],
      [session, callTool(3, 'TOOLROUTER_SEARCH_TOOLS', { queries: [{ use_case: 'get a thing by id' }] })],
      [session, callTool(4, 'NOT_A_TOOL', {})],
      [session, callTool(5, 'ECHO_GET')],
      [
        session,
        {
          ...callTool(7, 'ECHO_GET', { id: '9' }),
          params: { name: 'ECHO_GET', arguments: { id: '9' }, _meta: { progressToken: 'p-1' } },
        },
      ],
      [stranger, callTool(6, 'ECHO_GET', { id: '1' })],
    ] as const;
    for (const [who, body] of cases) {
      // Without Mcp-Protocol-Version the SDK's server answers (the lean path takes only a known version).
      const bySdk = await answer(path(who), who.mcp.headers, body);
      const lean = await answer(path(who), who.mcp.headers, body, '2025-06-18');
      expect(lean).toEqual(bySdk);
      expect(lean.status).toBe(200);
    }
  });

  it('leaves batches, other methods, odd params and unknown versions to the SDK', () => {
    const request = (version: string | null, headers: Record<string, string> = HEADERS) =>
      new Request('http://toolrouter.test/mcp/ses_1', {
        method: 'POST',
        headers: { ...headers, ...(version ? { 'mcp-protocol-version': version } : {}) },
      });
    const plain = callTool(1, 'ECHO_GET', { id: '1' });
    expect(directToolCall(request('2025-06-18'), plain)).toEqual({
      id: 1,
      name: 'ECHO_GET',
      arguments: { id: '1' },
    });
    expect(directToolCall(request('2025-06-18'), callTool(2, 'ECHO_GET'))?.arguments).toEqual({});
    for (const body of [
      [plain],
      { ...plain, method: 'tools/list' },
      { ...plain, id: null },
      { ...plain, id: 1.5 },
      { ...plain, jsonrpc: '1.0' },
      callTool(1, 'ECHO_GET', ['a']),
      callTool(1, 'ECHO_GET', 'id=1'),
      { ...plain, params: { name: 'ECHO_GET', arguments: {}, task: { ttl: 1 } } },
      { ...plain, params: { name: 'ECHO_GET', _meta: 'x' } },
      { ...plain, params: { name: 'ECHO_GET', _meta: { [PROTOCOL_VERSION_META_KEY]: '2026-07-28' } } },
      { ...plain, result: {} },
      { ...plain, extra: true },
    ]) {
      expect(directToolCall(request('2025-06-18'), body)).toBeUndefined();
    }
    expect(directToolCall(request(null), plain)).toBeUndefined();
    expect(directToolCall(request('1999-01-01'), plain)).toBeUndefined();
    expect(directToolCall(request('2026-07-28'), plain)).toBeUndefined();
    expect(
      directToolCall(request('2025-06-18', { ...HEADERS, accept: 'application/json' }), plain),
    ).toBeUndefined();
    expect(
      directToolCall(request('2025-06-18', { ...HEADERS, 'content-type': 'text/plain' }), plain),
    ).toBeUndefined();
  });

  it("takes only messages the SDK's own routing calls 2025-era (it is asked before isLegacyRequest)", async () => {
    const bodies = [
      callTool(1, 'ECHO_GET', { id: '1' }),
      callTool('a', 'ECHO_GET'),
      { ...callTool(2, 'ECHO_GET'), params: { name: 'ECHO_GET', _meta: { progressToken: 3 } } },
      {
        ...callTool(3, 'ECHO_GET'),
        params: { name: 'ECHO_GET', _meta: { [PROTOCOL_VERSION_META_KEY]: '2026-07-28' } },
      },
      { ...callTool(4, 'ECHO_GET'), result: {} },
    ];
    let taken = 0;
    for (const version of [...SUPPORTED_PROTOCOL_VERSIONS, '2026-07-28', '1999-01-01']) {
      for (const body of bodies) {
        const request = new Request('http://toolrouter.test/mcp/ses_1', {
          method: 'POST',
          headers: { ...HEADERS, 'mcp-protocol-version': version },
        });
        if (!directToolCall(request, body)) continue;
        taken++;
        expect(await isLegacyRequest(request, body)).toBe(true);
      }
    }
    // Every 2025-era version takes the first three bodies.
    expect(taken).toBe(3 * SUPPORTED_PROTOCOL_VERSIONS.filter((version) => version < '2026-07-28').length);
  });

  it('answers a batch holding a tools/call through the SDK, as a JSON array', async () => {
    const session = await test.router.create('alice', {
      toolkits: ['echo'],
      preload: { tools: ['ECHO_GET'] },
    });
    const { text } = await answer(
      new URL(session.mcp.url).pathname,
      session.mcp.headers,
      [callTool(1, 'ECHO_GET', { id: '1' }), callTool(2, 'ECHO_GET', { id: '2' })],
      '2025-06-18',
    );
    const messages = JSON.parse(text);
    expect(Array.isArray(messages)).toBe(true);
    expect(messages[0]).toMatchObject({ id: 1, result: { structuredContent: { path: '/things/1' } } });
    expect(messages[1]).toMatchObject({ id: 2, result: { structuredContent: { path: '/things/2' } } });
  });
});
