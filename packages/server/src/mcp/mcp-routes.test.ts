import { memoryStore, type Store, StoreError, ToolRouterSession } from '@toolrouter/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, TEST_API_KEY, TEST_BASE_URL, type TestApp } from '../test-support/create-test-app.ts';

let test: TestApp;

beforeEach(async () => {
  test = await createTestApp({ allowedOrigins: ['https://inspector.example'] });
  await test.connectEchoAccounts();
});

afterEach(async () => {
  await test.close();
});

const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-11-25',
    capabilities: {},
    clientInfo: { name: 'raw-test', version: '1.0.0' },
  },
};

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return test.app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The JSON-RPC message of a response, whether it came as JSON or as one SSE event. */
async function readMessage(
  response: Response,
): Promise<{ result?: Record<string, unknown>; error?: { code: number; message: string }; id?: unknown }> {
  const text = await response.text();
  if (!response.headers.get('content-type')?.includes('text/event-stream')) return JSON.parse(text);
  const data = text.split('\n').find((line) => line.startsWith('data: '));
  return JSON.parse(data!.slice('data: '.length));
}

function callTool(id: number, name: string, args: unknown) {
  return { jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } };
}

describe('/mcp/:sessionId authentication', () => {
  it("answers the session's own token", async () => {
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    const response = await post(new URL(session.mcp.url).pathname, INITIALIZE, session.mcp.headers);
    expect(response.status).toBe(200);
    const message = await readMessage(response);
    expect(message.result).toMatchObject({ serverInfo: { name: 'toolrouter' }, capabilities: { tools: {} } });
  });

  it('refuses a missing, wrong or malformed token with 401 and a Bearer challenge', async () => {
    const session = await test.router.create('alice');
    const path = `/mcp/${session.sessionId}`;
    for (const headers of [
      {},
      { authorization: 'Bearer trs_wrong' } as Record<string, string>,
      { authorization: session.mcp.headers.Authorization.replace('Bearer ', 'Basic ') },
    ]) {
      const response = await post(path, INITIALIZE, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect((await readMessage(response)).error?.message).toContain('Unauthorized');
    }
  });

  it("refuses another session's token, even of the same user", async () => {
    const mine = await test.router.create('alice');
    const theirs = await test.router.create('bob');
    const alsoMine = await test.router.create('alice');
    expect((await post(`/mcp/${mine.sessionId}`, INITIALIZE, theirs.mcp.headers)).status).toBe(401);
    expect((await post(`/mcp/${mine.sessionId}`, INITIALIZE, alsoMine.mcp.headers)).status).toBe(401);
  });

  it('refuses the admin API key', async () => {
    const session = await test.router.create('alice');
    const response = await post(`/mcp/${session.sessionId}`, INITIALIZE, {
      authorization: `Bearer ${TEST_API_KEY}`,
    });
    expect(response.status).toBe(401);
  });

  it('refuses the token of a deleted session', async () => {
    const session = await test.router.create('alice');
    await session.delete();
    expect((await post(`/mcp/${session.sessionId}`, INITIALIZE, session.mcp.headers)).status).toBe(401);
  });
});

describe('/mcp/:sessionId when the store fails', () => {
  it('answers any token with a JSON-RPC 503 that names no host or user, and reports the error', async () => {
    const inner = memoryStore();
    let failing: (sql: string) => boolean = () => false;
    const store: Store = {
      ...inner,
      query: (sql, params) => {
        if (!failing(sql)) return inner.query(sql, params);
        throw new StoreError({
          message: 'Cannot connect to PostgreSQL at db.internal:5432/toolrouter as user tr_admin.',
        });
      },
    };
    const failingApp = await createTestApp({}, { store });
    try {
      const session = await failingApp.router.create('alice', { toolkits: ['echo'] });
      failing = () => true;
      for (const headers of [session.mcp.headers, { authorization: 'Bearer trs_anything' }]) {
        const response = await failingApp.app.request(new URL(session.mcp.url).pathname, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            ...headers,
          },
          body: JSON.stringify(INITIALIZE),
        });
        expect(response.status).toBe(503);
        const text = await response.text();
        expect(JSON.parse(text)).toMatchObject({ jsonrpc: '2.0', error: { code: -32000 }, id: null });
        expect(text).not.toContain('db.internal');
        expect(text).not.toContain('tr_admin');
      }
      expect(failingApp.errors).toHaveLength(2);
    } finally {
      await failingApp.close();
    }
  });
});

describe('/mcp/:sessionId request checks', () => {
  it('refuses a browser Origin that is not allowed with 403, and lets allowed ones and non-browser clients in', async () => {
    const session = await test.router.create('alice');
    const path = `/mcp/${session.sessionId}`;
    for (const origin of ['https://evil.example', 'null', 'http://toolrouter.test.evil.example']) {
      const response = await post(path, INITIALIZE, { ...session.mcp.headers, origin });
      expect(response.status).toBe(403);
      expect((await readMessage(response)).error?.message).toContain('Origin');
    }
    for (const origin of [TEST_BASE_URL, 'https://inspector.example', 'https://INSPECTOR.example:443']) {
      expect((await post(path, INITIALIZE, { ...session.mcp.headers, origin })).status).toBe(200);
    }
  });

  it('answers CORS preflights for allowed browser origins only, and marks their responses', async () => {
    const session = await test.router.create('alice');
    const path = `/mcp/${session.sessionId}`;
    const preflight = (origin: string) =>
      test.app.request(path, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight('https://inspector.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://inspector.example');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const response = await post(path, INITIALIZE, {
      ...session.mcp.headers,
      origin: 'https://inspector.example',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://inspector.example');
    const unauthorized = await post(path, INITIALIZE, { origin: 'https://inspector.example' });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
  });

  it('refuses a body over 1 MiB with 413, with or without Content-Length', async () => {
    const session = await test.router.create('alice');
    const big = JSON.stringify({
      ...INITIALIZE,
      params: { ...INITIALIZE.params, padding: 'x'.repeat(1024 * 1024) },
    });
    const declared = await post(`/mcp/${session.sessionId}`, big, {
      ...session.mcp.headers,
      'content-length': String(Buffer.byteLength(big)),
    });
    expect(declared.status).toBe(413);
    const streamed = await test.app.request(`/mcp/${session.sessionId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...session.mcp.headers,
      },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await readMessage(streamed)).error).toBeDefined();
  });

  it('answers malformed JSON with a parse error (-32700) and a non-JSON-RPC body with invalid request (-32600)', async () => {
    const session = await test.router.create('alice');
    const path = `/mcp/${session.sessionId}`;
    const parse = await post(path, '{"jsonrpc": "2.0", "method": ', session.mcp.headers);
    expect(parse.status).toBe(400);
    expect((await readMessage(parse)).error?.code).toBe(-32700);
    for (const body of [
      { hello: 'world' },
      [],
      42,
      { jsonrpc: '1.0', id: 1, method: 'tools/list' },
      { jsonrpc: '2.0', id: {}, method: 'x' },
      { jsonrpc: '2.0', id: 1.5, method: 'ping' },
      { jsonrpc: '2.0', id: 1, method: 'tools/list', params: [] },
    ]) {
      const response = await post(path, body, session.mcp.headers);
      expect(response.status).toBe(400);
      const message = await readMessage(response);
      expect(message.error?.code).toBe(-32600);
      expect(message.id).toBeNull();
    }
    expect(test.errors).toEqual([]);
  });

  it('answers GET and DELETE with 405 (stateless: no standalone stream, no session to end)', async () => {
    const session = await test.router.create('alice');
    for (const method of ['GET', 'DELETE']) {
      const response = await test.app.request(`/mcp/${session.sessionId}`, {
        method,
        headers: {
          accept: 'text/event-stream',
          'mcp-protocol-version': '2025-11-25',
          ...session.mcp.headers,
        },
      });
      expect(response.status).toBe(405);
    }
  });

  it('answers an unknown method with a JSON-RPC error, never a 5xx or a stack trace', async () => {
    const session = await test.router.create('alice');
    const response = await post(
      `/mcp/${session.sessionId}`,
      { jsonrpc: '2.0', id: 7, method: 'no/such/method' },
      {
        ...session.mcp.headers,
        'mcp-protocol-version': '2025-11-25',
      },
    );
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    expect(text).toContain('-32601');
    expect(text).not.toMatch(/\n\s+at /);
  });
});

describe('/mcp/:sessionId tools', () => {
  it('lists the meta-tools and preloaded tools with annotations from their tags', async () => {
    const session = await test.router.create('alice', {
      toolkits: ['echo'],
      preload: { tools: ['ECHO_DELETE'] },
    });
    const response = await post(
      `/mcp/${session.sessionId}`,
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      {
        ...session.mcp.headers,
        'mcp-protocol-version': '2025-11-25',
      },
    );
    const { result } = await readMessage(response);
    const tools = result!.tools as Array<{
      name: string;
      annotations: Record<string, unknown>;
      inputSchema: { type: string };
      outputSchema?: unknown;
    }>;
    const names = tools.map((tool) => tool.name);
    expect(names.slice(0, 3)).toEqual([
      'TOOLROUTER_SEARCH_TOOLS',
      'TOOLROUTER_GET_TOOL_SCHEMAS',
      'TOOLROUTER_MULTI_EXECUTE_TOOL',
    ]);
    expect(names.at(-1)).toBe('ECHO_DELETE');
    const preloaded = tools.find((tool) => tool.name === 'ECHO_DELETE')!;
    expect(preloaded.annotations).toEqual({
      title: 'Delete a thing',
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
      openWorldHint: false,
    });
    expect(preloaded.inputSchema.type).toBe('object');
    expect(preloaded.outputSchema).toBeUndefined();
  });

  it('runs each call for its own session only, even when sessions of two users call at once', async () => {
    const alice = await test.router.create('alice', { toolkits: ['echo'] });
    const bob = await test.router.create('bob', { toolkits: ['echo'] });
    const calls = Array.from({ length: 20 }, (_, index) => {
      const session = index % 2 === 0 ? alice : bob;
      const body = callTool(index, 'TOOLROUTER_MULTI_EXECUTE_TOOL', {
        tools: [{ tool_slug: 'ECHO_GET', arguments: { id: String(index) } }],
      });
      return post(`/mcp/${session.sessionId}`, body, {
        ...session.mcp.headers,
        'mcp-protocol-version': '2025-11-25',
      }).then(readMessage);
    });
    const messages = await Promise.all(calls);
    messages.forEach((message, index) => {
      expect(message.id).toBe(index);
      const structured = message.result!.structuredContent as {
        results: Array<{ data: { account: string; path: string } }>;
      };
      expect(structured.results[0]!.data).toMatchObject({
        account: index % 2 === 0 ? 'alice' : 'bob',
        path: `/things/${index}`,
      });
    });
  });

  it('answers a direct app tool call with isError and the reason when the user has no account', async () => {
    const session = await test.router.create('carol', {
      toolkits: ['echo'],
      preload: { tools: ['ECHO_GET'] },
    });
    const response = await post(`/mcp/${session.sessionId}`, callTool(3, 'ECHO_GET', { id: '1' }), {
      ...session.mcp.headers,
      'mcp-protocol-version': '2025-11-25',
    });
    const { result } = await readMessage(response);
    expect(result!.isError).toBe(true);
    const text = JSON.parse((result!.content as Array<{ text: string }>)[0]!.text);
    expect(text.successful).toBe(false);
    expect(text.error).toBeTruthy();
    expect(test.api.calls).toEqual([]);
  });
});

describe('/mcp/:sessionId with several accounts and failed calls', () => {
  it('direct tools take account, a required choice comes back as an error listing the accounts, and an all-failed MULTI_EXECUTE is an error', async () => {
    const [authConfig] = await test.router.authConfigs.list({ toolkit: 'echo' });
    await test.router.connectedAccounts.create({
      userId: 'alice',
      authConfigId: authConfig!.id,
      credentials: { apiKey: 'key-bob' },
      alias: 'shared',
    });
    const session = await test.router.create('alice', {
      toolkits: ['echo'],
      preload: { tools: ['ECHO_GET'] },
      multiAccount: { enable: true, requireExplicitSelection: true },
    });
    const path = new URL(session.mcp.url).pathname;
    const listed = await readMessage(
      await post(path, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, session.mcp.headers),
    );
    const tools = listed.result!.tools as Array<{ name: string; inputSchema: { properties: object } }>;
    expect(tools.find((tool) => tool.name === 'ECHO_GET')?.inputSchema.properties).toHaveProperty('account');

    const text = (message: Awaited<ReturnType<typeof readMessage>>) =>
      JSON.parse((message.result!.content as Array<{ text: string }>)[0]!.text);
    const asked = await readMessage(
      await post(path, callTool(2, 'ECHO_GET', { id: '1' }), session.mcp.headers),
    );
    expect(asked.result!.isError).toBe(true);
    expect(text(asked).data).toMatchObject({ account_selection_required: true });
    expect(text(asked).data.accounts).toHaveLength(2);

    const chosen = await readMessage(
      await post(path, callTool(3, 'ECHO_GET', { id: '1', account: 'shared' }), session.mcp.headers),
    );
    expect(chosen.result!.isError).toBeUndefined();
    expect(text(chosen).data).toMatchObject({ account: 'bob', path: '/things/1' });

    const allFailed = await readMessage(
      await post(
        path,
        callTool(4, 'TOOLROUTER_MULTI_EXECUTE_TOOL', { tools: [{ tool_slug: 'ECHO_NOPE', arguments: {} }] }),
        session.mcp.headers,
      ),
    );
    expect(allFailed.result!.isError).toBe(true);
    expect(text(allFailed)).toMatchObject({
      successful: false,
      error: expect.stringMatching(/^All 1 call failed/),
    });
  });
});

describe('/mcp/:sessionId lean path', () => {
  it('lists the tools once per session config: calls after the listing never list them again', async () => {
    const session = await test.router.create('alice', {
      toolkits: ['echo'],
      preload: { tools: ['ECHO_GET'] },
    });
    const headers = { ...session.mcp.headers, 'mcp-protocol-version': '2025-11-25' };
    const listings = vi.spyOn(ToolRouterSession.prototype, 'listTools');
    try {
      await readMessage(
        await post(`/mcp/${session.sessionId}`, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, headers),
      );
      for (let index = 0; index < 5; index++) {
        const { result } = await readMessage(
          await post(
            `/mcp/${session.sessionId}`,
            callTool(index, 'ECHO_GET', { id: String(index) }),
            headers,
          ),
        );
        expect(result!.isError).toBeUndefined();
      }
      const { result } = await readMessage(
        await post(
          `/mcp/${session.sessionId}`,
          callTool(9, 'TOOLROUTER_SEARCH_TOOLS', { queries: [{ use_case: 'get a thing' }] }),
          headers,
        ),
      );
      // A meta-tool's result is still projected on its advertised output schema.
      expect(result!.structuredContent).toBeDefined();
      expect(listings).toHaveBeenCalledTimes(1);
    } finally {
      listings.mockRestore();
    }
  });

  it('lists the new tools after the session config changes', async () => {
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    const headers = { ...session.mcp.headers, 'mcp-protocol-version': '2025-11-25' };
    const list = async () => {
      const { result } = await readMessage(
        await post(`/mcp/${session.sessionId}`, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, headers),
      );
      return (result!.tools as Array<{ name: string }>).map((tool) => tool.name);
    };
    expect(await list()).not.toContain('ECHO_DELETE');
    await session.update({ preload: { tools: ['ECHO_DELETE'] } });
    expect(await list()).toContain('ECHO_DELETE');
  });
});
