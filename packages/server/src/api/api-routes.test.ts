import { randomBytes } from 'node:crypto';
import { memoryStore } from '@toolrouter/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_API_KEY, TEST_BASE_URL, type TestApp } from '../test-support/create-test-app.ts';

let test: TestApp;

beforeEach(async () => {
  test = await createTestApp();
});

afterEach(async () => {
  await test.close();
});

async function json<T = Record<string, any>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

describe('admin key', () => {
  it('refuses a missing or wrong key, and a session token, with 401 and a JSON error', async () => {
    const session = await test.router.create('alice');
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer nope' },
      { authorization: `Basic ${TEST_API_KEY}` },
      session.mcp.headers,
    ];
    for (const headers of attempts) {
      const response = await test.app.request('/api/v1/sessions', { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect((await json(response)).error.code).toBe('UNAUTHORIZED');
    }
  });

  it('accepts TOOLROUTER_API_KEY read with the trailing newline of a secret file, as the CLI does', async () => {
    const keyed = await createTestApp({
      apiKey: undefined,
      env: { TOOLROUTER_API_KEY: `${TEST_API_KEY}\n` },
    });
    try {
      const response = await keyed.app.request('/api/v1/toolkits', {
        headers: { authorization: `Bearer ${TEST_API_KEY}` },
      });
      expect(response.status).toBe(200);
    } finally {
      await keyed.close();
    }
  });

  it('keeps the REST API closed when no key is configured', async () => {
    const closed = await createTestApp({ apiKey: '', env: {} });
    try {
      const response = await closed.app.request('/api/v1/toolkits', {
        headers: { authorization: 'Bearer ' },
      });
      expect(response.status).toBe(401);
      expect((await json(response)).error.message).toContain('TOOLROUTER_API_KEY');
    } finally {
      await closed.close();
    }
  });
});

describe('/api/v1/sessions', () => {
  it('rotates the MCP token: the old one stops working, the new one works', async () => {
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    const old = session.mcp.headers.Authorization!.replace('Bearer ', '');
    const rotated = await test.admin(`/api/v1/sessions/${session.sessionId}/rotate-token`, {
      method: 'POST',
    });
    expect(rotated.status).toBe(200);
    const body = await json(rotated);
    const fresh = body.mcp.headers.Authorization.replace('Bearer ', '');
    expect(fresh).toMatch(/^trs_/);
    expect(fresh).not.toBe(old);
    expect(await test.router.sessions.authenticate(session.sessionId, old)).toBeUndefined();
    expect((await test.router.sessions.authenticate(session.sessionId, fresh))?.sessionId).toBe(
      session.sessionId,
    );
    const missing = await test.admin('/api/v1/sessions/ses_nope/rotate-token', { method: 'POST' });
    expect(missing.status).toBe(404);
  });

  it('creates, reads, lists, updates and deletes a session', async () => {
    const created = await test.admin('/api/v1/sessions', {
      body: { userId: 'alice', config: { toolkits: ['echo'] } },
    });
    expect(created.status).toBe(201);
    const session = await json(created);
    expect(session).toMatchObject({ userId: 'alice', config: { toolkits: ['echo'] }, configVersion: 1 });
    expect(session.mcp.url).toBe(`${TEST_BASE_URL}/mcp/${session.sessionId}`);
    expect(session.mcp.headers.Authorization).toMatch(/^Bearer trs_/);

    expect(await json(await test.admin(`/api/v1/sessions/${session.sessionId}`))).toEqual(session);
    await test.admin('/api/v1/sessions', { body: { userId: 'bob' } });
    const listed = await json(await test.admin('/api/v1/sessions?userId=alice'));
    expect(listed.items.map((item: { sessionId: string }) => item.sessionId)).toEqual([session.sessionId]);

    const updated = await test.admin(`/api/v1/sessions/${session.sessionId}`, {
      method: 'PATCH',
      body: { config: { toolkits: ['echo', 'publicecho'] }, expectedConfigVersion: 1 },
    });
    expect(updated.status).toBe(200);
    expect(await json(updated)).toMatchObject({
      configVersion: 2,
      config: { toolkits: ['echo', 'publicecho'] },
    });

    const deleted = await test.admin(`/api/v1/sessions/${session.sessionId}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    const gone = await test.admin(`/api/v1/sessions/${session.sessionId}`);
    expect(gone.status).toBe(404);
    expect((await json(gone)).error.code).toBe('SESSION_NOT_FOUND');
  });

  it('answers a stale expectedConfigVersion with 409', async () => {
    const session = await test.router.create('alice');
    await session.update({ toolkits: ['echo'] });
    const response = await test.admin(`/api/v1/sessions/${session.sessionId}`, {
      method: 'PATCH',
      body: { config: { toolkits: ['publicecho'] }, expectedConfigVersion: 1 },
    });
    expect(response.status).toBe(409);
    expect((await json(response)).error).toMatchObject({ code: 'SESSION_CONFIG_CONFLICT' });
  });

  it('answers an invalid config with 400 naming the field', async () => {
    const response = await test.admin('/api/v1/sessions', {
      body: { userId: 'alice', config: { toolkitz: ['echo'] } },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'toolkitz' });
    const missing = await test.admin('/api/v1/sessions', { body: { config: {} } });
    expect((await json(missing)).error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'userId' });
  });

  it('searches, executes, lists toolkits and tools of a session', async () => {
    await test.connectEchoAccounts();
    const session = await test.router.create('alice', {
      toolkits: ['echo', 'publicecho'],
      preload: { tools: ['ECHO_GET'] },
    });
    const base = `/api/v1/sessions/${session.sessionId}`;

    const search = await json(
      await test.admin(`${base}/search`, { body: { query: 'delete a thing', toolkits: ['echo'], limit: 2 } }),
    );
    expect(search.items[0]).toMatchObject({ slug: 'ECHO_DELETE', toolkit: 'echo', isConnected: true });
    expect(search.items).toHaveLength(2);

    const executed = await json(
      await test.admin(`${base}/execute`, { body: { toolSlug: 'ECHO_GET', arguments: { id: '7' } } }),
    );
    expect(executed).toMatchObject({
      successful: true,
      error: null,
      data: { account: 'alice', path: '/things/7' },
    });
    expect(executed.logId).toMatch(/^log_/);

    const failed = await json(
      await test.admin(`${base}/execute`, { body: { toolSlug: 'ECHO_GET', arguments: {} } }),
    );
    expect(failed.successful).toBe(false);
    expect(failed.error).toContain('id');

    const toolkits = await json(await test.admin(`${base}/toolkits?isConnected=true&limit=5`));
    expect(toolkits.items.map((item: { slug: string }) => item.slug).sort()).toEqual(['echo', 'publicecho']);
    const badLimit = await test.admin(`${base}/toolkits?limit=many`);
    expect(badLimit.status).toBe(400);

    const tools = await json(await test.admin(`${base}/tools`));
    const slugs = tools.items.map((tool: { slug: string }) => tool.slug);
    expect(slugs.slice(0, 3)).toEqual([
      'TOOLROUTER_SEARCH_TOOLS',
      'TOOLROUTER_GET_TOOL_SCHEMAS',
      'TOOLROUTER_MULTI_EXECUTE_TOOL',
    ]);
    expect(slugs.at(-1)).toBe('ECHO_GET');
  });

  it('authorizes a toolkit and describes the connect link', async () => {
    await test.router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const session = await test.router.create('dana', { toolkits: ['echo'] });
    const response = await test.admin(`/api/v1/sessions/${session.sessionId}/authorize`, {
      body: { toolkit: 'echo' },
    });
    expect(response.status).toBe(201);
    const request = await json(response);
    expect(request).toMatchObject({
      status: 'INITIATED',
      redirectUrl: `${TEST_BASE_URL}/connect/${request.linkId}`,
    });
    expect(request.id).toMatch(/^ca_/);
    const link = await json(await test.admin(`/api/v1/connect-links/${request.linkId}`));
    expect(link).toMatchObject({ id: request.linkId, toolkit: 'echo', mode: 'api_key', status: 'pending' });
    expect((await test.admin('/api/v1/connect-links/lnk_missing')).status).toBe(404);
  });
});

describe('/api/v1 catalog', () => {
  it('lists and reads toolkits and tools, and runs a tool for a user', async () => {
    await test.connectEchoAccounts();
    const toolkits = await json(await test.admin('/api/v1/toolkits'));
    expect(toolkits.items.map((toolkit: { slug: string }) => toolkit.slug).sort()).toEqual([
      'echo',
      'oauthecho',
      'publicecho',
    ]);
    expect(await json(await test.admin('/api/v1/toolkits/echo'))).toMatchObject({
      slug: 'echo',
      authModes: ['api_key'],
      toolCount: 3,
    });
    const missing = await test.admin('/api/v1/toolkits/nope');
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('TOOLKIT_NOT_FOUND');

    const tools = await json(await test.admin('/api/v1/tools?toolkit=publicecho'));
    expect(tools.items.map((tool: { slug: string }) => tool.slug).sort()).toEqual([
      'PUBLICECHO_CREATE',
      'PUBLICECHO_DELETE',
      'PUBLICECHO_GET',
    ]);
    expect(await json(await test.admin('/api/v1/tools/ECHO_GET'))).toMatchObject({
      slug: 'ECHO_GET',
      tags: ['readOnlyHint'],
    });
    expect((await test.admin('/api/v1/tools/ECHO_NOPE')).status).toBe(404);

    const result = await json(
      await test.admin('/api/v1/tools/ECHO_CREATE/execute', {
        body: { userId: 'bob', arguments: { name: 'x' } },
      }),
    );
    expect(result).toMatchObject({
      successful: true,
      data: { account: 'bob', method: 'POST', body: { name: 'x' } },
    });
  });
});

describe('/api/v1 stored toolkits', () => {
  it('stores a toolkit, runs its tools, lists it as stored and deletes it; refuses built-in slugs and bad bodies', async () => {
    const echo = (await json(await test.admin('/api/v1/tools/PUBLICECHO_GET'))) as { inputSchema: unknown };
    const toolkit = {
      slug: 'stash',
      name: 'Stash',
      description: 'Things kept somewhere.',
      baseUrl: test.api.url,
      auth: [{ mode: 'none' }],
      tools: [
        {
          slug: 'STASH_GET',
          name: 'Get a thing',
          description: 'Gets a thing by its id.',
          inputSchema: echo.inputSchema,
          request: { method: 'GET', path: '/things/{id}' },
        },
      ],
    };
    const created = await test.admin('/api/v1/toolkits', { body: { toolkit, source: 'stash.yaml' } });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({
      slug: 'stash',
      toolCount: 1,
      stored: { source: 'stash.yaml' },
    });
    const result = await json(
      await test.admin('/api/v1/tools/STASH_GET/execute', {
        body: { userId: 'bob', arguments: { id: '7' } },
      }),
    );
    expect(result).toMatchObject({ successful: true, data: { method: 'GET', path: '/things/7' } });

    const clash = await test.admin('/api/v1/toolkits', { body: { toolkit: { ...toolkit, slug: 'echo' } } });
    expect(clash.status).toBe(409);
    expect((await json(clash)).error.message).toContain(
      "Toolkit 'echo' is already one of the router's own toolkits",
    );
    const noToolkit = await test.admin('/api/v1/toolkits', { body: { source: 'x' } });
    expect(noToolkit.status).toBe(400);
    const invalid = await test.admin('/api/v1/toolkits', {
      body: { toolkit: { ...toolkit, baseUrl: 'nope' } },
    });
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).error.message).toContain("baseUrl must be an absolute URL, got 'nope'");

    expect((await test.admin('/api/v1/toolkits/stash', { method: 'DELETE' })).status).toBe(204);
    expect((await test.admin('/api/v1/tools/STASH_GET')).status).toBe(404);
    expect((await test.admin('/api/v1/toolkits/stash', { method: 'DELETE' })).status).toBe(404);
    expect((await test.admin('/api/v1/toolkits/echo', { method: 'DELETE' })).status).toBe(409);
  });
});

describe('/api/v1/auth-configs and /api/v1/connected-accounts', () => {
  it('manages auth configs without ever returning app secrets', async () => {
    const created = await test.admin('/api/v1/auth-configs', {
      body: {
        toolkit: 'oauthecho',
        mode: 'oauth2',
        credentials: { clientId: 'client-1', clientSecret: 'app-secret-value' },
      },
    });
    expect(created.status).toBe(201);
    const authConfig = await json(created);
    expect(authConfig).toMatchObject({
      toolkit: 'oauthecho',
      mode: 'oauth2',
      hasCredentials: true,
      isDefault: true,
    });

    const patched = await test.admin(`/api/v1/auth-configs/${authConfig.id}`, {
      method: 'PATCH',
      body: { name: 'Renamed' },
    });
    expect(await json(patched)).toMatchObject({ name: 'Renamed' });
    const listed = await test.admin('/api/v1/auth-configs?toolkit=oauthecho');
    const text = await listed.text();
    expect(JSON.parse(text).items).toHaveLength(1);
    expect(text).not.toContain('app-secret-value');
    expect(await (await test.admin(`/api/v1/auth-configs/${authConfig.id}`)).text()).not.toContain(
      'app-secret-value',
    );

    const badMode = await test.admin('/api/v1/auth-configs', { body: { toolkit: 'echo', mode: 'oauth2' } });
    expect(badMode.status).toBe(400);
    expect((await test.admin(`/api/v1/auth-configs/${authConfig.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await test.admin(`/api/v1/auth-configs/${authConfig.id}`)).status).toBe(404);
  });

  it('imports, lists, disables, enables and deletes connected accounts without returning credentials', async () => {
    const authConfig = await test.router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const created = await test.admin('/api/v1/connected-accounts', {
      body: {
        userId: 'alice',
        authConfigId: authConfig.id,
        credentials: { apiKey: 'key-alice' },
        alias: 'work',
      },
    });
    expect(created.status).toBe(201);
    const account = await json(created);
    expect(account).toMatchObject({ userId: 'alice', toolkit: 'echo', status: 'ACTIVE', alias: 'work' });
    expect(JSON.stringify(account)).not.toContain('key-alice');

    const duplicate = await test.admin('/api/v1/connected-accounts', {
      body: { userId: 'alice', authConfigId: authConfig.id, credentials: { apiKey: 'other' }, alias: 'work' },
    });
    expect(duplicate.status).toBe(409);

    const disabled = await json(
      await test.admin(`/api/v1/connected-accounts/${account.id}/disable`, { method: 'POST' }),
    );
    expect(disabled.status).toBe('INACTIVE');
    const inactive = await json(await test.admin('/api/v1/connected-accounts?userId=alice&status=INACTIVE'));
    expect(inactive.items.map((item: { id: string }) => item.id)).toEqual([account.id]);
    expect((await test.admin('/api/v1/connected-accounts?status=SLEEPING')).status).toBe(400);
    const enabled = await json(
      await test.admin(`/api/v1/connected-accounts/${account.id}/enable`, { method: 'POST' }),
    );
    expect(enabled.status).toBe('ACTIVE');
    const listed = await test.admin('/api/v1/connected-accounts?toolkit=echo');
    expect(await listed.text()).not.toContain('key-alice');

    expect((await test.admin(`/api/v1/connected-accounts/${account.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    const gone = await test.admin(`/api/v1/connected-accounts/${account.id}`);
    expect((await json(gone)).error.code).toBe('CONNECTED_ACCOUNT_NOT_FOUND');
  });
});

describe('/api/v1/logs', () => {
  it('pages through executions and filters them', async () => {
    await test.connectEchoAccounts();
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    await session.execute('ECHO_GET', { id: '1' });
    await session.execute('ECHO_GET', {});
    await session.execute('ECHO_GET', { id: '2' });
    const first = await json(await test.admin(`/api/v1/logs?sessionId=${session.sessionId}&limit=2`));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTypeOf('string');
    const second = await json(
      await test.admin(`/api/v1/logs?sessionId=${session.sessionId}&limit=2&cursor=${first.nextCursor}`),
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const failures = await json(await test.admin('/api/v1/logs?successful=false'));
    expect(failures.items).toHaveLength(1);
    expect(failures.items[0]).toMatchObject({ toolSlug: 'ECHO_GET', successful: false, userId: 'alice' });
    expect((await test.admin('/api/v1/logs?successful=maybe')).status).toBe(400);
    expect((await test.admin('/api/v1/logs?cursor=garbage')).status).toBe(400);
  });

  it('filters by time and answers one execution with its redacted arguments and result', async () => {
    await test.connectEchoAccounts();
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    const before = new Date().toISOString();
    const result = await session.execute('ECHO_GET', { id: '9', password: 'hunter2-hunter2' } as never);
    const recent = await json(
      await test.admin(`/api/v1/logs?since=${before}&sessionId=${session.sessionId}`),
    );
    expect(recent.items.map((item: { id: string }) => item.id)).toEqual([result.logId]);
    expect(recent.items[0]).not.toHaveProperty('arguments');
    expect(
      (await json(await test.admin(`/api/v1/logs?until=${before}&sessionId=${session.sessionId}`))).items,
    ).toEqual([]);
    const badTime = await test.admin('/api/v1/logs?since=last-week');
    expect(badTime.status).toBe(400);
    expect((await json(badTime)).error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'since' });

    const detail = await json(await test.admin(`/api/v1/logs/${result.logId}`));
    expect(detail).toMatchObject({
      id: result.logId,
      toolSlug: 'ECHO_GET',
      arguments: { truncated: false, value: { id: '9', password: '[REDACTED]' } },
    });
    expect(JSON.stringify(detail)).not.toContain('hunter2-hunter2');
    const missing = await test.admin('/api/v1/logs/log_missing');
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('EXECUTION_LOG_NOT_FOUND');
  });
});

describe('request bodies and errors', () => {
  it('answers malformed JSON with 400 and a non-object body with 400', async () => {
    const broken = await test.admin('/api/v1/sessions', { body: '{"userId": ' });
    expect(broken.status).toBe(400);
    expect((await json(broken)).error.code).toBe('INVALID_JSON');
    const array = await test.admin('/api/v1/sessions', { body: '["alice"]' });
    expect(array.status).toBe(400);
  });

  it('refuses a JSON body over the limit with 413', async () => {
    const small = await createTestApp({ maxBodyBytes: 1024 });
    try {
      const response = await small.admin('/api/v1/sessions', {
        body: { userId: 'alice', padding: 'x'.repeat(2048) },
      });
      expect(response.status).toBe(413);
      expect((await json(response)).error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await small.close();
    }
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await test.admin('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect((await json(response)).error.code).toBe('NOT_FOUND');
  });

  it('answers a store that went away with 503 and its message, no stack trace', async () => {
    await test.router.sessions.list();
    await test.router.close();
    const response = await test.admin('/api/v1/sessions');
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).not.toMatch(/\n\s+at /);
    expect(JSON.parse(text).error.code).toBe('STORE_ERROR');
  });
});

describe('/healthz and /readyz', () => {
  it('says alive, and ready only while the store answers', async () => {
    expect((await test.app.request('/healthz')).status).toBe(200);
    expect((await test.app.request('/readyz')).status).toBe(200);
    await test.router.close();
    const down = await test.app.request('/readyz');
    expect(down.status).toBe(503);
    expect(await json(down)).toMatchObject({ status: 'unavailable' });
  });

  it('is not ready, and says why, when its encryption keys decrypt none of the stored secrets', async () => {
    const store = memoryStore();
    const k1 = `k1:${randomBytes(32).toString('base64')}`;
    const k9 = `k9:${randomBytes(32).toString('base64')}`;
    const original = await createTestApp({}, { store, encryptionKeys: [k1] });
    await original.connectEchoAccounts();
    await original.router.create('alice');
    expect((await original.app.request('/readyz')).status).toBe(200);
    // Another instance on the same data, started with a key from somewhere else.
    const wrong = await createTestApp({}, { store, encryptionKeys: [k9] });
    const answer = await wrong.app.request('/readyz');
    expect(answer.status).toBe(503);
    expect((await json(answer)).error).toMatch(
      /None of the \d+ stored secrets sampled decrypts.*configured: k9; the secrets are sealed with: k1/,
    );
    // With the old key after its own it reads the data: ready.
    const fixed = await createTestApp({}, { store, encryptionKeys: [k9, k1] });
    expect((await fixed.app.request('/readyz')).status).toBe(200);
    for (const app of [original, wrong, fixed]) await app.api.close();
  });
});
