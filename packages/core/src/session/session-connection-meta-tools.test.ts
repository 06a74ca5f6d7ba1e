import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CALLBACK } from '../connect/test-support/oauth-test-kit.ts';
import { waitUntilRefreshDue } from '../connect/test-support/wait-until-refresh-due.ts';
import { testStore } from '../test-support/test-store.ts';
import { useOAuthTestKit } from '../test-support/use-oauth-test-kit.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';

const kit = useOAuthTestKit();

const createRouter = (options: Omit<ToolRouterOptions, 'provider'> = {}) =>
  kit.createRouter({ store: testStore(), ...options });

describe('connection meta-tools', () => {
  it('MANAGE_CONNECTIONS is listed by default, WAIT_FOR_CONNECTIONS only when asked for, neither when connections are off', async () => {
    const { router } = createRouter();
    const names = async (config: object) =>
      (await (await router.create('alice', config)).tools()).map(
        (tool: { function: { name: string } }) => tool.function.name,
      );
    expect(await names({})).toContain('TOOLROUTER_MANAGE_CONNECTIONS');
    expect(await names({})).not.toContain('TOOLROUTER_WAIT_FOR_CONNECTIONS');
    expect(await names({ manageConnections: { waitForConnections: true } })).toEqual(
      expect.arrayContaining(['TOOLROUTER_MANAGE_CONNECTIONS', 'TOOLROUTER_WAIT_FOR_CONNECTIONS']),
    );
    const off = await names({ manageConnections: false });
    expect(off.filter((name: string) => name.includes('CONNECTIONS'))).toEqual([]);
    const [manage] = (await (await router.create('alice')).tools()).filter(
      (tool: { function: { name: string } }) => tool.function.name === 'TOOLROUTER_MANAGE_CONNECTIONS',
    );
    expect(manage!.function.description).toMatch(/redirect_url/);
    await router.close();
  });

  it('reports each toolkit, re-uses pending links, honours the session callbackUrl, and reinitiate_all links active ones too', async () => {
    const { router, store } = createRouter();
    const echoConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const echoAccount = await router.connectedAccounts.create({
      userId: 'bob',
      authConfigId: echoConfig.id,
      credentials: { apiKey: 'k-bob' },
    });
    const session = await router.create('bob', { manageConnections: { callbackUrl: ALLOWED_CALLBACK } });
    const run = async (args: unknown) => {
      const result = await session.execute('TOOLROUTER_MANAGE_CONNECTIONS', args);
      expect(result.error).toBeNull();
      return result.data as { results: Array<Record<string, string>>; next_steps_guidance: string[] };
    };

    const first = await run({ toolkits: ['things', 'publicecho', 'echo', 'thingz', 'THINGS'] });
    const byToolkit = Object.fromEntries(first.results.map((result) => [result.toolkit, result]));
    expect(first.results).toHaveLength(4);
    expect(byToolkit.things).toMatchObject({
      status: 'initiated',
      redirect_url: expect.stringMatching(/\/connect\/lnk_/),
      connected_account_id: expect.stringMatching(/^ca_/),
    });
    expect(byToolkit.publicecho).toMatchObject({ status: 'no_auth' });
    expect(byToolkit.echo).toMatchObject({ status: 'active', connected_account_id: echoAccount.id });
    expect(byToolkit.thingz).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/Unknown toolkit 'thingz'\. Did you mean things/),
    });
    expect(first.next_steps_guidance.join(' ')).toMatch(/Show the user the redirect_url of things/);

    const [link] = await store.query<{ callback_url: string }>(
      'SELECT callback_url FROM connect_links WHERE user_id = ?',
      ['bob'],
    );
    expect(link!.callback_url).toBe(ALLOWED_CALLBACK);

    // Asked again (a JSON string this time): the same link. An execute that needs the connection carries it too.
    const second = await run(JSON.stringify({ toolkits: ['things'] }));
    expect(second.results[0]!.redirect_url).toBe(byToolkit.things!.redirect_url);
    const execute = await session.execute('THINGS_WHOAMI', {});
    expect(execute.successful).toBe(false);
    expect(execute.data).toMatchObject({
      connection_required: true,
      redirect_url: byToolkit.things!.redirect_url,
      connected_account_id: byToolkit.things!.connected_account_id,
    });
    expect(execute.error).toMatch(
      /Ask the user to open https:\/\/toolrouter\.example\.com\/connect\/lnk_\w+ to connect Things/,
    );

    const again = await run({ toolkits: ['echo'], reinitiate_all: true });
    expect(again.results[0]).toMatchObject({
      toolkit: 'echo',
      status: 'initiated',
      redirect_url: expect.stringMatching(/\/connect\/lnk_/),
    });
    expect(await router.connectedAccounts.get(echoAccount.id)).toMatchObject({ status: 'ACTIVE' });

    const invalid = await session.execute('TOOLROUTER_MANAGE_CONNECTIONS', { toolkits: [] });
    expect(invalid.successful).toBe(false);
    expect(invalid.error).toMatch(/toolkits/);
    await router.close();
  });

  it('a session that may not manage connections gets no link in execute results', async () => {
    const { router } = createRouter();
    const session = await router.create('carl', { manageConnections: false });
    const result = await session.execute('THINGS_WHOAMI', {});
    expect(result.data).toMatchObject({ connection_required: true, redirect_url: null });
    expect(result.error).toMatch(
      /cannot start connections: ask the user to connect Things in the application/,
    );
    expect(await router.connectedAccounts.list({ userId: 'carl' })).toEqual([]);
    await router.close();
  });

  it('WAIT_FOR_CONNECTIONS returns once the user connects, and reports denied, unstarted and unfinished connections', async () => {
    const { router, connect } = createRouter();
    const session = await router.create('dana', { manageConnections: { waitForConnections: true } });
    await session.execute('TOOLROUTER_MANAGE_CONNECTIONS', { toolkits: ['things', 'echo'] });
    const things = await session.authorize('things');

    const waiting = session.execute('TOOLROUTER_WAIT_FOR_CONNECTIONS', {
      toolkits: ['things', 'publicecho'],
      timeout_seconds: 30,
    });
    await connect(things, { login: 'dana' });
    const done = await waiting;
    expect(done.error).toBeNull();
    expect(done.data).toMatchObject({
      all_active: true,
      results: [
        { toolkit: 'things', status: 'active', connected_account_id: things.id },
        { toolkit: 'publicecho', status: 'no_auth' },
      ],
    });

    const other = await router.create('eve', { manageConnections: { waitForConnections: true } });
    const notStarted = await other.execute('TOOLROUTER_WAIT_FOR_CONNECTIONS', { toolkits: ['things'] });
    expect(notStarted.data).toMatchObject({
      all_active: false,
      results: [{ status: 'not_started', message: expect.stringMatching(/MANAGE_CONNECTIONS first/) }],
    });

    const denied = await other.authorize('things');
    await connect(denied, { login: 'eve', decision: 'deny' });
    const afterDenial = await other.execute('TOOLROUTER_WAIT_FOR_CONNECTIONS', { toolkits: ['things'] });
    expect(afterDenial.data).toMatchObject({
      results: [{ status: 'failed', message: expect.stringMatching(/denied access/) }],
    });

    const unfinished = await session.execute('TOOLROUTER_WAIT_FOR_CONNECTIONS', {
      toolkits: ['echo'],
      timeout_seconds: 1,
    });
    expect(unfinished.data).toMatchObject({
      all_active: false,
      results: [{ toolkit: 'echo', status: 'initiated' }],
    });
    await router.close();
  });
});

describe('two router instances on one store', () => {
  it("share pending links, wake each other's waiters, and refresh an expiring token with one token request", async () => {
    const store = testStore();
    const encryptionKeys = [randomBytes(32).toString('base64')];
    const first = kit.createRouter({ store, encryptionKeys });
    const second = kit.createRouter({ store, encryptionKeys });
    const [sessionOnFirst, sessionOnSecond] = [
      await first.router.create('fay', { toolkits: ['things'] }),
      await second.router.create('fay'),
    ];
    const [left, right] = await Promise.all([
      sessionOnFirst.authorize('things'),
      sessionOnSecond.authorize('things'),
    ]);
    expect(left.redirectUrl).toBe(right.redirectUrl);

    // The user finishes on instance two; the waiter on instance one wakes up.
    kit.provider.settings.accessTokenTtlSeconds = 2;
    const waiting = first.router.connectedAccounts.waitForConnection(left.id, 30_000);
    expect((await second.connect(right, { login: 'fay' })).status).toBe('ACTIVE');
    expect(await waiting).toMatchObject({ id: left.id, status: 'ACTIVE' });

    kit.provider.settings.accessTokenTtlSeconds = 3600;
    await waitUntilRefreshDue(await first.credentialsOf(left.id));
    const before = kit.provider.tokenRequests.refresh_token;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        (index % 2 ? sessionOnFirst : sessionOnSecond).execute('THINGS_WHOAMI', {}),
      ),
    );
    expect(results.every((result) => result.successful)).toBe(true);
    expect(kit.provider.tokenRequests.refresh_token).toBe(before + 1);
    await first.router.close();
  });
});
