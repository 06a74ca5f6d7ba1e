import { describe, expect, it } from 'vitest';
import { EncryptionError } from '../errors/encryption-error.ts';
import { SessionConfigConflictError } from '../errors/session-config-conflict-error.ts';
import { SessionNotFoundError } from '../errors/session-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { testStore } from '../test-support/test-store.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';
import { ToolRouterSession } from './tool-router-session.ts';

const api = useEchoApi({ 'key-1': 'alice-1' });

describe('sessions', () => {
  it('rotates the MCP token: the new one works, the old one no longer does', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['echo'] });
    const old = session.mcp.headers.Authorization.slice('Bearer '.length);
    // Reopened first, so a cached copy with the old token exists and must not be what comes back.
    expect((await router.sessions.use(session.sessionId)).mcp.headers.Authorization).toBe(`Bearer ${old}`);
    const rotated = await router.sessions.rotateToken(session.sessionId);
    const fresh = rotated.mcp.headers.Authorization.slice('Bearer '.length);
    expect(fresh).toMatch(/^trs_/);
    expect(fresh).not.toBe(old);
    expect(rotated.config).toEqual(session.config);
    expect(await router.sessions.authenticate(session.sessionId, old)).toBeUndefined();
    expect((await router.sessions.authenticate(session.sessionId, fresh))?.sessionId).toBe(session.sessionId);
    await expect(router.sessions.rotateToken('ses_missing')).rejects.toBeInstanceOf(SessionNotFoundError);
  });

  it('creates a session with an MCP URL and a token of its own', async () => {
    const router = createEchoRouter(api.url, { baseUrl: 'https://tools.example.com/' });
    const first = await router.create('alice', { toolkits: ['echo'] });
    const second = await router.sessions.create('alice', { toolkits: ['echo'] });
    expect(first.sessionId).toMatch(/^ses_/);
    expect(first.mcp).toEqual({
      type: 'http',
      url: `https://tools.example.com/mcp/${first.sessionId}`,
      headers: { Authorization: expect.stringMatching(/^Bearer trs_[A-Za-z0-9_-]{43}$/) },
    });
    expect(first.mcp.headers.Authorization).not.toBe(second.mcp.headers.Authorization);
    expect(first.configVersion).toBe(1);
    const token = first.mcp.headers.Authorization.slice('Bearer '.length);
    expect((await router.sessions.authenticate(first.sessionId, token))?.sessionId).toBe(first.sessionId);
    expect(await router.sessions.authenticate(second.sessionId, token)).toBeUndefined();
  });

  it('returns ToolRouterSession objects from every method, embedded and remote alike', async () => {
    const router = createEchoRouter(api.url);
    const created = await router.create('alice', { toolkits: ['echo'] });
    const token = created.mcp.headers.Authorization.slice('Bearer '.length);
    const sessions = [
      created,
      await router.sessions.use(created.sessionId),
      ...(await router.sessions.list({ userId: 'alice' })),
      await router.sessions.authenticate(created.sessionId, token),
      await router.sessions.rotateToken(created.sessionId),
    ];
    for (const session of sessions) {
      expect(session).toBeInstanceOf(ToolRouterSession);
      expect(Object.getPrototypeOf(session)).toBe(ToolRouterSession.prototype);
    }
  });

  it('reopens, lists per user and deletes sessions', async () => {
    const router = createEchoRouter(api.url);
    const alice = await router.create('alice', { toolkits: { disable: ['oauthecho'] } });
    await router.create('bob');
    const reopened = await router.sessions.use(alice.sessionId);
    expect(reopened.config).toEqual({ toolkits: { disable: ['oauthecho'] } });
    expect((await router.sessions.list({ userId: 'alice' })).map((session) => session.sessionId)).toEqual([
      alice.sessionId,
    ]);
    expect(await router.sessions.list()).toHaveLength(2);
    await alice.delete();
    await expect(router.sessions.use(alice.sessionId)).rejects.toSatisfy(SessionNotFoundError.isInstance);
    await expect(router.sessions.delete(alice.sessionId)).rejects.toThrow(/does not exist/);
  });

  it.each([
    [{ toolkit: ['echo'] }, 'toolkit', /Unknown session config key 'toolkit'/],
    [{ toolkits: ['echoo'] }, 'toolkits', /Unknown toolkit 'echoo'. Did you mean 'echo'/],
    [{ toolkits: { enabled: ['echo'] } }, 'toolkits', /array, \{ enable/],
    [
      { toolkits: ['echo'], tools: { publicecho: ['PUBLICECHO_GET'] } },
      'tools.publicecho',
      /does not enable/,
    ],
    [{ tools: { echo: ['ECHO_GETT'] } }, 'tools.echo', /not a tool of 'echo'. Did you mean ECHO_GET/],
    [{ tags: ['readOnly'] }, 'tags', /unknown tag 'readOnly'/],
    [{ tags: { include: ['readOnlyHint'] } }, 'tags.include', /tags.enable or tags.disable/],
    [{ manageConnections: { callbackUrl: 'not a url' } }, 'manageConnections.callbackUrl', /absolute URL/],
    [{ preload: { tools: ['ECHO_CREATE'] }, tags: ['readOnlyHint'] }, 'preload.tools', /do not allow/],
    [{ authConfigs: { nope: 'ac_1' } }, 'authConfigs.nope', /Unknown toolkit 'nope'/],
  ])('rejects config %j naming %s', async (config, field, message) => {
    const router = createEchoRouter(api.url);
    const attempt = router.create('alice', config as never);
    await expect(attempt).rejects.toSatisfy(
      (error: unknown) => ValidationError.isInstance(error) && error.field === field,
    );
    await expect(attempt).rejects.toThrow(message);
  });

  it('rejects a missing user id', async () => {
    const router = createEchoRouter(api.url);
    await expect(router.create('')).rejects.toThrow(/userId/);
  });

  it('updates with optimistic concurrency', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['echo'] });
    const copy = await router.sessions.use(session.sessionId);
    await session.update({ toolkits: ['echo', 'publicecho'] }, { expectedConfigVersion: 1 });
    expect(session.configVersion).toBe(2);
    expect(session.config.toolkits).toEqual(['echo', 'publicecho']);
    const stale = copy.update({ tags: ['readOnlyHint'] }, { expectedConfigVersion: 1 });
    await expect(stale).rejects.toSatisfy(SessionConfigConflictError.isInstance);
    await expect(stale).rejects.toThrow(/config version 2, not 1/);
    // Without an expected version the update applies on top of the latest config.
    await copy.update({ tags: ['readOnlyHint'] });
    expect((await router.sessions.use(session.sessionId)).config).toEqual({
      toolkits: ['echo', 'publicecho'],
      tags: ['readOnlyHint'],
    });
  });

  it('enforces toolkit, tool and tag filters on execute', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', {
      toolkits: ['publicecho'],
      tools: { publicecho: { disable: ['PUBLICECHO_DELETE'] } },
      tags: { disable: ['destructiveHint'] },
    });
    expect((await session.execute('PUBLICECHO_GET', { id: '1' })).successful).toBe(true);
    const disabled = await session.execute('PUBLICECHO_DELETE', { id: '1' });
    expect(disabled.error).toMatch(/'PUBLICECHO_DELETE' is not enabled in this session/);
    const otherToolkit = await session.execute('ECHO_GET', { id: '1' });
    expect(otherToolkit.error).toMatch(/not enabled in this session.*Did you mean PUBLICECHO_GET/);
    const readOnly = await router.create('alice', { toolkits: ['publicecho'], tags: ['readOnlyHint'] });
    expect((await readOnly.execute('PUBLICECHO_CREATE', { name: 'x' })).successful).toBe(false);
  });

  it("lists the session's toolkits with connection state, filters and pages", async () => {
    const router = createEchoRouter(api.url, {
      managedAuth: { oauthecho: { clientId: 'c', clientSecret: 's' } },
    });
    const [account] = await connectEchoAccounts(router, [{ userId: 'alice', apiKey: 'key-1' }]);
    const session = await router.create('alice');
    const page = await session.toolkits();
    expect(page.totalPages).toBe(1);
    expect(page.nextCursor).toBeNull();
    const bySlug = Object.fromEntries(page.items.map((item) => [item.slug, item]));
    expect(bySlug.echo).toEqual({
      slug: 'echo',
      name: 'Echo',
      isNoAuth: false,
      connection: {
        isActive: true,
        authConfig: { id: account.authConfigId, mode: 'api_key', isManaged: false },
        connectedAccount: { id: account.id, status: 'ACTIVE' },
      },
    });
    expect(bySlug.publicecho).toEqual({ slug: 'publicecho', name: 'Public Echo', isNoAuth: true });
    expect(bySlug.oauthecho?.connection).toEqual({ isActive: false });

    const connected = await session.toolkits({ isConnected: true });
    expect(connected.items.map((item) => item.slug).sort()).toEqual(['echo', 'publicecho']);
    expect((await session.toolkits({ isConnected: false })).items.map((item) => item.slug)).toEqual([
      'oauthecho',
    ]);
    expect((await session.toolkits({ search: 'OAUTH' })).items.map((item) => item.slug)).toEqual([
      'oauthecho',
    ]);

    const first = await session.toolkits({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.totalPages).toBe(2);
    const second = await session.toolkits({ limit: 2, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((item) => item.slug)).size).toBe(3);
    await expect(session.toolkits({ limit: 51 })).rejects.toThrow(/limit must be an integer from 1 to 50/);
    const limited = await router.create('alice', { toolkits: ['echo'] });
    await expect(limited.toolkits({ toolkits: ['oauthecho'] })).rejects.toThrow(
      /not enabled in this session/,
    );
  });
});

describe('router surface for servers', () => {
  it('exposes baseUrl, ping, and the session tools before any provider wraps them', async () => {
    const router = createEchoRouter(api.url, { baseUrl: 'https://tools.example.com/' });
    expect(router.baseUrl).toBe('https://tools.example.com');
    await expect(router.ping()).resolves.toBeUndefined();
    const session = await router.create('alice', { preload: { tools: ['ECHO_GET'] } });
    const tools = await session.listTools();
    expect(tools.map((tool) => tool.slug)).toContain('TOOLROUTER_SEARCH_TOOLS');
    expect(tools.at(-1)).toMatchObject({ slug: 'ECHO_GET', toolkit: 'echo', tags: ['readOnlyHint'] });
  });

  it('names the missing field when auth configs or accounts are created without one', async () => {
    const router = createEchoRouter(api.url);
    await expect(router.authConfigs.create({} as never)).rejects.toSatisfy(
      (error: unknown) => ValidationError.isInstance(error) && error.field === 'toolkit',
    );
    await expect(router.authConfigs.create({ toolkit: 'echo' } as never)).rejects.toThrow(/mode is required/);
    await expect(
      router.connectedAccounts.create({ userId: 'alice', credentials: { apiKey: 'k' } } as never),
    ).rejects.toSatisfy(
      (error: unknown) => ValidationError.isInstance(error) && error.field === 'authConfigId',
    );
  });
});

describe('the custom toolkit', () => {
  it('may be listed in a session before the first custom tool exists', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['custom'] });
    await router.tools.create({
      slug: 'GET_ANSWER',
      description: 'Returns the answer.',
      inputSchema: { type: 'object', properties: {} },
      execute: () => ({ answer: 42 }),
    });
    expect(await session.execute('GET_ANSWER', {})).toMatchObject({ successful: true, data: { answer: 42 } });
    await expect(router.create('alice', { toolkits: ['customs'] })).rejects.toThrow(
      /Unknown toolkit 'customs'/,
    );
  });
});

describe('a session whose stored MCP token no longer decrypts', () => {
  it('still authenticates by the hash alone (the sealed copy is never decrypted there), and never hands the copy out', async () => {
    const store = testStore();
    const router = createEchoRouter(api.url, { store });
    const session = await router.create('alice');
    const token = session.mcp.headers.Authorization!.replace('Bearer ', '');
    expect((await router.sessions.authenticate(session.sessionId, token))?.sessionId).toBe(session.sessionId);
    const [row] = await store.query<{ mcp_token: string }>('SELECT mcp_token FROM sessions WHERE id = ?', [
      session.sessionId,
    ]);
    const parts = row!.mcp_token.split(':');
    const altered = [...parts];
    const bytes = Buffer.from(parts[3]!, 'base64url');
    bytes[0]! ^= 1;
    altered[3] = bytes.toString('base64url');
    const unknownKey = [...parts];
    unknownKey[1] = 'retired';
    for (const sealed of [altered.join(':'), unknownKey.join(':')]) {
      await store.execute('UPDATE sessions SET mcp_token = ? WHERE id = ?', [sealed, session.sessionId]);
      const authenticated = await router.sessions.authenticate(session.sessionId, token);
      expect(authenticated?.sessionId).toBe(session.sessionId);
      expect(await router.sessions.authenticate(session.sessionId, `${token}x`)).toBeUndefined();
      // Reading the token itself fails (embedded: the session's `mcp`; remote: the listing).
      const readToken = async () => (await router.sessions.list({ userId: 'alice' }))[0]!.mcp;
      await expect(readToken()).rejects.toThrow(EncryptionError);
    }
    await router.close();
  });
});
