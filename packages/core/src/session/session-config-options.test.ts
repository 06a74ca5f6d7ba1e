import { describe, expect, it } from 'vitest';
import { ConnectionRequestTimeoutError } from '../errors/connection-request-timeout-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi({ 'key-alice': 'alice' });

async function connectedRouter() {
  const router = createEchoRouter(api.url);
  await connectEchoAccounts(router, [{ userId: 'alice', apiKey: 'key-alice' }]);
  return router;
}

const names = (tools: Array<{ function: { name: string } }>) => tools.map((tool) => tool.function.name);

describe('session config keys', () => {
  it("Composio keys not implemented yet say so, and unknown keys stay 'unknown'", async () => {
    const router = await connectedRouter();
    const notYet = router.create('alice', { workbench: { enable: false } } as never);
    await expect(notYet).rejects.toSatisfy(ValidationError.isInstance);
    await expect(notYet).rejects.toThrow(/'workbench' is not supported yet/);
    await expect(router.create('alice', { toolkit: ['echo'] } as never)).rejects.toThrow(
      /Unknown session config key 'toolkit'/,
    );
    const session = await router.create('alice', { mcp: true });
    expect(session.mcp.url).toContain(`/mcp/${session.sessionId}`);
    await expect(router.create('alice', { mcp: 'yes' } as never)).rejects.toMatchObject({ field: 'mcp' });
  });

  it("sessionPreset 'direct_tools' returns the allowed app tools directly and no meta-tools", async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', {
      toolkits: ['echo'],
      tools: { echo: ['ECHO_GET', 'ECHO_CREATE'] },
      sessionPreset: 'direct_tools',
    });
    expect(names(await session.tools())).toEqual(['ECHO_GET', 'ECHO_CREATE']);
    expect(await session.execute('ECHO_GET', { id: '5' })).toMatchObject({
      successful: true,
      data: { account: 'alice', path: '/things/5' },
    });
    const search = await session.execute('TOOLROUTER_SEARCH_TOOLS', { queries: [{ use_case: 'get' }] });
    expect(search.successful).toBe(false);
    // Meta-tools come back when the config turns them on again.
    const withConnections = await router.create('alice', {
      toolkits: ['echo'],
      tools: { echo: ['ECHO_GET'] },
      sessionPreset: 'direct_tools',
      manageConnections: true,
      metaTools: { search: true },
    });
    expect(names(await withConnections.tools())).toEqual([
      'TOOLROUTER_SEARCH_TOOLS',
      'TOOLROUTER_GET_TOOL_SCHEMAS',
      'TOOLROUTER_MANAGE_CONNECTIONS',
      'ECHO_GET',
    ]);
  });

  it('metaTools switches turn search and execute off; preload all adds every allowed tool', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', {
      toolkits: ['echo'],
      tags: { disable: ['destructiveHint'] },
      metaTools: { search: false, execute: false },
      manageConnections: false,
      preload: { tools: 'all' },
    });
    expect(names(await session.tools())).toEqual(['ECHO_GET', 'ECHO_CREATE']);
    await expect(router.create('alice', { metaTools: { search: 'no' } } as never)).rejects.toMatchObject({
      field: 'metaTools.search',
    });
    await expect(router.create('alice', { metaTools: { workbench: false } } as never)).rejects.toMatchObject({
      field: 'metaTools.workbench',
    });
    await expect(router.create('alice', { sessionPreset: 'tools' } as never)).rejects.toMatchObject({
      field: 'sessionPreset',
    });
  });

  it('update() with null removes a key, and listConfigHistory() returns every version, newest first', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo'], preload: { tools: ['ECHO_GET'] } });
    await session.update({ preload: null, manageConnections: false });
    expect(session.config).toEqual({ toolkits: ['echo'], manageConnections: false });
    await session.update({ toolkits: null });
    expect(session.config).toEqual({ manageConnections: false });
    expect(session.configVersion).toBe(3);
    const history = await session.listConfigHistory();
    expect(history.map((entry) => [entry.configVersion, entry.config])).toEqual([
      [3, { manageConnections: false }],
      [2, { toolkits: ['echo'], manageConnections: false }],
      [1, { toolkits: ['echo'], preload: { tools: ['ECHO_GET'] } }],
    ]);
    for (const entry of history) expect(Date.parse(entry.createdAt)).not.toBeNaN();
    const reopened = await router.sessions.use(session.sessionId);
    expect((await reopened.listConfigHistory()).map((entry) => entry.configVersion)).toEqual([3, 2, 1]);
  });
});

describe('method options', () => {
  it("ensureConnected honours Composio's timeout (ms) and refuses unknown option keys", async () => {
    const router = createEchoRouter(api.url);
    await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const session = await router.create('carol', { toolkits: ['echo'] });
    let link: string | undefined;
    const waited = session.ensureConnected('echo', {
      timeout: 50,
      onRedirect: (request) => {
        link = request.redirectUrl;
      },
    });
    await expect(waited).rejects.toSatisfy(ConnectionRequestTimeoutError.isInstance);
    expect(link).toContain('/connect/lnk_');
    await expect(session.ensureConnected('echo', { timeout: 10, timeoutMs: 20 })).rejects.toMatchObject({
      field: 'timeout',
    });
    await expect(session.ensureConnected('echo', { wait: 10 } as never)).rejects.toThrow(
      /Unknown ensureConnected\(\) option 'wait'/,
    );
  });

  it('every session method refuses option keys it does not know', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo'] });
    const refusals = [
      session.execute('ECHO_GET', { id: '1' }, { acount: 'main' } as never),
      session.authorize('echo', { callback: 'https://x.example' } as never),
      session.search({ query: 'get', limits: 2 } as never),
      session.toolkits({ page: 2 } as never),
      session.proxyExecute({ toolkit: 'echo', method: 'GET', endpoint: '/x' }, { timeout: 1 } as never),
      session.update({}, { version: 1 } as never),
    ];
    for (const refusal of refusals) {
      await expect(refusal).rejects.toSatisfy(ValidationError.isInstance);
      await expect(refusal).rejects.toThrow(/Unknown \w+\(\) option/);
    }
  });
});
