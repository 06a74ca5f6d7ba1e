import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { SessionNotFoundError } from '../errors/session-not-found-error.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { testStore } from '../test-support/test-store.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi();

describe('reopened sessions (sessions.use) and MCP authentication', () => {
  it('serves a reopened session without reading it again, until it changes', async () => {
    const store = testStore();
    const router = createEchoRouter(api.url, { store });
    const session = await router.create('alice', { toolkits: ['echo'] });
    await router.sessions.use(session.sessionId);
    // Changed behind the router's back (not through its API): the cached copy still answers.
    await store.execute('UPDATE sessions SET config = ? WHERE id = ?', [
      JSON.stringify({ toolkits: ['publicecho'] }),
      session.sessionId,
    ]);
    expect((await router.sessions.use(session.sessionId)).config).toEqual({ toolkits: ['echo'] });
    // Through the API, the change is seen at once.
    await session.update({ toolkits: ['echo', 'publicecho'] });
    const reopened = await router.sessions.use(session.sessionId);
    expect(reopened.config).toEqual({ toolkits: ['echo', 'publicecho'] });
    expect(reopened.configVersion).toBe(2);
  });

  it('keeps a session it created: the first use() right after create reads nothing', async () => {
    const store = testStore();
    let sessionReads = 0;
    const counting = {
      ...store,
      query: ((sql, params) => {
        if (/FROM sessions WHERE id/.test(sql)) sessionReads++;
        return store.query(sql, params);
      }) as typeof store.query,
    };
    const router = createEchoRouter(api.url, { store: counting });
    const session = await router.create('alice', { toolkits: ['echo'] });
    const reopened = await router.sessions.use(session.sessionId);
    expect(sessionReads).toBe(0);
    expect(reopened.config).toEqual({ toolkits: ['echo'] });
    expect(reopened.mcp.headers).toEqual(session.mcp.headers);
  });

  it("tells every router on the store: another one's update and delete reach its copy", async () => {
    const store = testStore();
    const encryptionKeys = [randomBytes(32).toString('base64')];
    const first = createEchoRouter(api.url, { store, encryptionKeys });
    const second = createEchoRouter(api.url, { store, encryptionKeys });
    const session = await first.create('alice', { toolkits: ['echo'] });
    expect((await second.sessions.use(session.sessionId)).configVersion).toBe(1);
    await session.update({ toolkits: ['publicecho'] });
    await vi.waitFor(async () => {
      expect((await second.sessions.use(session.sessionId)).config).toEqual({ toolkits: ['publicecho'] });
    });
    await first.sessions.delete(session.sessionId);
    await vi.waitFor(async () => {
      await expect(second.sessions.use(session.sessionId)).rejects.toSatisfy(SessionNotFoundError.isInstance);
    });
  });

  it('authenticates by the token hash alone: the stored token is not decrypted', async () => {
    const store = testStore();
    const encryptionKeys = [randomBytes(32).toString('base64')];
    const router = createEchoRouter(api.url, { store, encryptionKeys });
    const session = await router.create('alice', { toolkits: ['echo'] });
    const token = session.mcp.headers.Authorization.slice('Bearer '.length);
    await store.execute('UPDATE sessions SET mcp_token = ? WHERE id = ?', [
      'not-a-sealed-value',
      session.sessionId,
    ]);
    const authenticated = await router.sessions.authenticate(session.sessionId, token);
    expect(authenticated?.sessionId).toBe(session.sessionId);
    expect(authenticated?.mcp.headers.Authorization).toBe(`Bearer ${token}`);
    expect(await router.sessions.authenticate(session.sessionId, `${token}x`)).toBeUndefined();
    // Whoever reads the stored token still fails closed on a value that cannot be decrypted (another
    // router: this one keeps the session it created, see above).
    const reader = createEchoRouter(api.url, { store, encryptionKeys });
    await expect((async () => (await reader.sessions.use(session.sessionId)).mcp)()).rejects.toThrow();
  });

  it('refuses the token of a session deleted a moment ago, even right after it was authenticated', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['echo'] });
    const token = session.mcp.headers.Authorization.slice('Bearer '.length);
    expect(await router.sessions.authenticate(session.sessionId, token)).toBeDefined();
    await router.sessions.delete(session.sessionId);
    expect(await router.sessions.authenticate(session.sessionId, token)).toBeUndefined();
  });
});
