import {
  ConnectionRequestTimeoutError,
  RemoteApiError,
  SessionConfigConflictError,
  ToolkitNotFoundError,
  ToolRouter,
  ToolRouterError,
  ValidationError,
} from '@toolrouter/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_API_KEY, TEST_BASE_URL } from '../test-support/create-test-app.ts';
import { type RemotePair, startRemotePair } from './test-support/start-remote-pair.ts';

// What only remote mode has. The behaviour both modes share is core's own suites, which the
// remote vitest config runs again through the REST API (vitest.remote.config.ts).

let pair: RemotePair;
beforeEach(async () => {
  pair = await startRemotePair();
});
afterEach(() => pair.close());

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('remote mode', () => {
  it("takes the server's baseUrl, pings it, and accepts apiUrl with /api/v1", async () => {
    const { remote, url } = pair;
    expect(remote.baseUrl).toBe(url);
    await remote.ready();
    expect(remote.baseUrl).toBe(TEST_BASE_URL);
    await expect(remote.ping()).resolves.toBeUndefined();
    const explicit = new ToolRouter({ apiUrl: `${url}/api/v1/`, apiKey: TEST_API_KEY });
    const session = await explicit.create('alice', { toolkits: ['echo'] });
    expect(session.mcp.url).toBe(`${TEST_BASE_URL}/mcp/${session.sessionId}`);
    expect(await pair.test.router.sessions.use(session.sessionId)).toMatchObject({ userId: 'alice' });
  });

  it('rebuilds server errors as the typed errors embedded mode throws, with their fields', async () => {
    const { remote, test } = pair;
    const session = await remote.create('alice');
    await session.update({ toolkits: ['echo'] });
    const embedded = await rejection(
      (await test.router.sessions.use(session.sessionId)).update({}, { expectedConfigVersion: 1 }),
    );
    const error = await rejection(session.update({}, { expectedConfigVersion: 1 }));
    expect(SessionConfigConflictError.isInstance(error)).toBe(true);
    expect(ToolRouterError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      name: embedded.name,
      code: embedded.code,
      message: embedded.message,
      sessionId: session.sessionId,
      expectedConfigVersion: 1,
      actualConfigVersion: 2,
    });
    const missing = await rejection(remote.toolkits.get('echoo'));
    expect(ToolkitNotFoundError.isInstance(missing)).toBe(true);
    expect(missing).toMatchObject({ toolkit: 'echoo', suggestions: ['echo'] });
  });

  it('refuses what cannot cross the wire, and server options, with a clear error', async () => {
    const attempt = rejection(
      pair.remote.tools.create({
        slug: 'GET_WEATHER',
        description: 'Weather.',
        inputSchema: { type: 'object' },
        execute: () => 'sunny',
      }),
    );
    expect(ValidationError.isInstance(await attempt)).toBe(true);
    expect((await attempt).message).toMatch(
      /GET_WEATHER.*on the toolrouter server.*toolrouter serve --config/,
    );
    expect(pair.requests).toEqual([]);

    const invalid = (options: object) => {
      try {
        new ToolRouter(options);
      } catch (error) {
        return error as ValidationError;
      }
      return expect.unreachable('expected the constructor to throw');
    };
    expect(invalid({ apiUrl: pair.url, apiKey: 'k', toolkits: [] })).toMatchObject({ field: 'toolkits' });
    expect(invalid({ apiUrl: pair.url, env: {} })).toMatchObject({ field: 'apiKey' });
    expect(invalid({ apiUrl: 'localhost:8080', apiKey: 'k' })).toMatchObject({ field: 'apiUrl' });
    const fromEnv = new ToolRouter({ apiUrl: pair.url, env: { TOOLROUTER_API_KEY: TEST_API_KEY } });
    await expect(fromEnv.ping()).resolves.toBeUndefined();
  });

  it('answers a wrong key or an unreachable server with RemoteApiError, never echoing the key', async () => {
    const wrongKey = new ToolRouter({ apiUrl: pair.url, apiKey: 'not-the-admin-key' });
    const refused = await rejection(wrongKey.sessions.list());
    expect(RemoteApiError.isInstance(refused)).toBe(true);
    expect(refused).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(refused.message).not.toContain('not-the-admin-key');

    await pair.close();
    const down = await rejection(pair.remote.ping());
    expect(RemoteApiError.isInstance(down)).toBe(true);
    expect(down).toMatchObject({ status: 0, code: 'SERVER_UNREACHABLE' });
    expect(down.message).toContain(pair.url);
    expect(down.message).not.toContain(TEST_API_KEY);
    pair = await startRemotePair();
  });

  it('waitForConnection is one long-poll request, answered by the connection itself', async () => {
    const { remote } = pair;
    await remote.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const session = await remote.create('alice', { toolkits: ['echo'] });
    const request = await session.authorize('echo');
    const waiting = request.waitForConnection(30_000);
    const submitted = await remote.connect.submitCredentials(request.linkId, { apiKey: 'key-alice' });
    expect(await waiting).toMatchObject({ id: request.id, status: 'ACTIVE' });
    expect(submitted).toEqual({ connectedAccountId: request.id, redirectTo: undefined });
    expect(pair.requests.filter((line) => line.endsWith('/wait'))).toHaveLength(1);

    const other = await (await remote.create('bob', { toolkits: ['echo'] })).authorize('echo');
    const timeout = await rejection(remote.connectedAccounts.waitForConnection(other.id, 20));
    expect(ConnectionRequestTimeoutError.isInstance(timeout)).toBe(true);
    expect(timeout).toMatchObject({ connectedAccountId: other.id, timeoutMs: 20 });
    const controller = new AbortController();
    controller.abort(new Error('the user left'));
    await expect(
      remote.connectedAccounts.waitForConnection(other.id, 30_000, { signal: controller.signal }),
    ).rejects.toThrow('the user left');
  });

  it('an aborted execute rejects with the caller’s reason, as embedded', async () => {
    const { remote, test } = pair;
    const session = await remote.create('alice', { toolkits: ['publicecho'] });
    test.api.queue.push({ status: 200, delayMs: 5_000 });
    const controller = new AbortController();
    const running = session.execute('PUBLICECHO_GET', { id: '1' }, { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(running).rejects.toThrow('stop');
  });

  it('runs modifiers where embedded mode does: schemas in search results, hooks inside MULTI_EXECUTE', async () => {
    const { remote, test } = pair;
    await test.connectEchoAccounts();
    const session = await remote.create('alice', { toolkits: ['echo'] });
    const embedded = await test.router.sessions.use(session.sessionId);
    const hooks = () => {
      const seen: string[] = [];
      return {
        seen,
        modifiers: {
          modifySchema: ({ schema }: { schema: any }) => ({
            ...schema,
            description: `[custom] ${schema.description}`,
            inputSchema: { ...schema.inputSchema, title: schema.slug },
          }),
          beforeExecute: ({ toolSlug, toolkit, arguments: args }: any) => {
            seen.push(`${toolkit}:${toolSlug}`);
            return { ...args, id: `${args.id}-modified` };
          },
          afterExecute: ({ result }: any) => ({ ...result, data: { wrapped: result.data } }),
        },
      };
    };
    const local = hooks();
    const wire = hooks();
    for (const [slug, args] of [
      ['TOOLROUTER_GET_TOOL_SCHEMAS', { tool_slugs: ['ECHO_GET', 'ECHO_GETT'] }],
      ['TOOLROUTER_SEARCH_TOOLS', { queries: [{ use_case: 'delete a thing' }] }],
    ] as const) {
      const expected = await embedded.execute(slug, args, { modifiers: local.modifiers });
      const actual = await session.execute(slug, args, { modifiers: wire.modifiers });
      expect(actual.data).toEqual(expected.data);
      expect(JSON.stringify(actual.data)).toContain('[custom] ');
    }
    const calls = {
      tools: [
        { tool_slug: 'ECHO_GET', arguments: { id: 'a' } },
        { tool_slug: 'ECHO_GETT', arguments: { id: 'b' } },
        { tool_slug: 'TOOLROUTER_SEARCH_TOOLS', arguments: {} },
      ],
    };
    const expected = await embedded.execute('TOOLROUTER_MULTI_EXECUTE_TOOL', calls, {
      modifiers: local.modifiers,
    });
    const actual = await session.execute('TOOLROUTER_MULTI_EXECUTE_TOOL', calls, {
      modifiers: wire.modifiers,
    });
    expect(actual.data).toEqual(expected.data);
    expect((actual.data as any).results[0]).toMatchObject({
      data: { wrapped: { path: '/things/a-modified' } },
    });
    expect(wire.seen.sort()).toEqual(local.seen.sort());
    expect(wire.seen.sort()).toEqual(['echo:ECHO_GET', 'unknown:ECHO_GETT']);
    const invalid = await session.execute(
      'TOOLROUTER_MULTI_EXECUTE_TOOL',
      { tools: [] },
      { modifiers: wire.modifiers },
    );
    expect(invalid).toMatchObject({ successful: false, logId: expect.stringMatching(/^log_/) });
  });
});
