import { describe, expect, it } from 'vitest';
import { ConnectedAccountOwnershipError } from '../errors/connected-account-ownership-error.ts';
import { connectEchoAccounts, type EchoAccountInput } from '../test-support/connect-echo-accounts.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi({
  'key-alice-1': 'alice-1',
  'key-alice-2': 'alice-2',
  'key-alice-3': 'alice-3',
  'key-bob-1': 'bob-1',
  'token-alice': 'alice-oauth',
});

/** The echo accounts these tests connect; each runs as its label (`alice-1`, ...). */
const alice1: EchoAccountInput = { userId: 'alice', apiKey: 'key-alice-1' };
const alice2: EchoAccountInput = { userId: 'alice', apiKey: 'key-alice-2' };
const alice3: EchoAccountInput = { userId: 'alice', apiKey: 'key-alice-3' };
const bob1: EchoAccountInput = { userId: 'bob', apiKey: 'key-bob-1' };

async function accountThatRan(result: { successful: boolean; data: unknown; error: string | null }) {
  expect(result.error).toBeNull();
  expect(result.successful).toBe(true);
  return (result.data as { account: string }).account;
}

describe('precedence (DESIGN §4)', () => {
  it('step 1: a pinned account runs, even when the user has a newer one', async () => {
    const router = createEchoRouter(api.url);
    const [first] = await connectEchoAccounts(router, [alice1, alice2]);
    const session = await router.create('alice', {
      toolkits: ['echo'],
      connectedAccounts: { echo: first.id },
    });
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-1');
  });

  it("step 1: a session that pins another user's account is refused", async () => {
    const router = createEchoRouter(api.url);
    const [bobs] = await connectEchoAccounts(router, [bob1]);
    const attempt = router.create('alice', { connectedAccounts: { echo: bobs.id } });
    await expect(attempt).rejects.toSatisfy(ConnectedAccountOwnershipError.isInstance);
    await expect(attempt).rejects.toThrow(/does not belong to user 'alice'/);
  });

  it('step 1: a pinned account that is disabled needs reconnecting instead of falling back', async () => {
    const router = createEchoRouter(api.url);
    const [pinned] = await connectEchoAccounts(router, [alice1, alice2]);
    await router.connectedAccounts.disable(pinned.id);
    const session = await router.create('alice', { connectedAccounts: { echo: pinned.id } });
    const result = await session.execute('ECHO_GET', { id: '1' });
    expect(result.successful).toBe(false);
    expect(result.data).toMatchObject({ connection_required: true, toolkit: 'echo' });
    expect(result.error).toMatch(/Echo is not connected/);
  });

  it('step 2: a pinned auth config uses the newest ACTIVE account on it, and only on it', async () => {
    const router = createEchoRouter(api.url);
    const defaultConfig = await router.authConfigs.create({
      toolkit: 'echo',
      mode: 'api_key',
      isDefault: true,
    });
    const pinnedConfig = await router.authConfigs.create({
      toolkit: 'echo',
      mode: 'api_key',
      isDefault: false,
    });
    await connectEchoAccounts(router, [alice1, alice2], { authConfigId: pinnedConfig.id });
    await connectEchoAccounts(router, [alice3], { authConfigId: defaultConfig.id });
    const session = await router.create('alice', { authConfigs: { echo: pinnedConfig.id } });
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-2');

    const empty = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key', isDefault: false });
    const needsConnection = await router.create('alice', { authConfigs: { echo: empty.id } });
    const result = await needsConnection.execute('ECHO_GET', { id: '1' });
    expect(result.successful).toBe(false);
    expect(result.data).toMatchObject({ connection_required: true, auth_config_id: empty.id });
  });

  it('step 3: the default auth config is used; other operator auth configs only when pinned', async () => {
    const router = createEchoRouter(api.url);
    const defaultConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    expect(defaultConfig.isDefault).toBe(true);
    const other = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    expect(other.isDefault).toBe(false);
    await connectEchoAccounts(router, [alice1], { authConfigId: defaultConfig.id });
    await connectEchoAccounts(router, [alice2], { authConfigId: other.id });
    const session = await router.create('alice');
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-1');

    // Only an account on a non-default config: a connection is needed on the default one.
    const bobSession = await router.create('bob');
    await connectEchoAccounts(router, [bob1], { authConfigId: other.id });
    const result = await bobSession.execute('ECHO_GET', { id: '1' });
    expect(result.data).toMatchObject({ connection_required: true, auth_config_id: defaultConfig.id });
  });

  it('step 4: the router creates its own auth config once, even under concurrent calls', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['echo'] });
    const results = await Promise.all(
      Array.from({ length: 25 }, () => session.execute('ECHO_GET', { id: '1' })),
    );
    for (const result of results) {
      expect(result.successful).toBe(false);
      expect(result.error).toMatch(/not connected/);
    }
    const configs = await router.authConfigs.list({ toolkit: 'echo' });
    expect(configs).toHaveLength(1);
    expect(configs[0]).toMatchObject({
      createdBy: 'router',
      isDefault: true,
      mode: 'api_key',
      isManaged: false,
    });
    expect(
      new Set(results.map((result) => (result.data as { auth_config_id: string }).auth_config_id)),
    ).toEqual(new Set([configs[0]!.id]));

    // The user connects on it, and the next call runs with that account.
    await connectEchoAccounts(router, [alice1], { authConfigId: configs[0]!.id });
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-1');
  });

  it('step 4: an OAuth toolkit gets a managed auth config from the operator app', async () => {
    const router = createEchoRouter(api.url, {
      managedAuth: { oauthecho: { clientId: 'cid', clientSecret: 'csecret' } },
    });
    const session = await router.create('alice', { toolkits: ['oauthecho'] });
    const result = await session.execute('OAUTHECHO_GET', { id: '1' });
    expect(result.data).toMatchObject({ connection_required: true, toolkit: 'oauthecho' });
    const [config] = await router.authConfigs.list({ toolkit: 'oauthecho' });
    expect(config).toMatchObject({ mode: 'oauth2', isManaged: true, createdBy: 'router', scopes: ['read'] });
    await router.connectedAccounts.create({
      userId: 'alice',
      authConfigId: config!.id,
      credentials: { accessToken: 'token-alice' },
    });
    expect(await accountThatRan(await session.execute('OAUTHECHO_GET', { id: '1' }))).toBe('alice-oauth');
  });

  it('step 5: an OAuth toolkit without any app says how to add an auth config', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['oauthecho'] });
    const result = await session.execute('OAUTHECHO_GET', { id: '1' });
    expect(result.successful).toBe(false);
    expect(result.error).toMatch(/has no auth config/);
    expect(result.error).toMatch(/router\.authConfigs\.create/);
    expect(result.error).toMatch(/TOOLROUTER_OAUTHECHO_CLIENT_ID/);
    expect(await router.authConfigs.list({ toolkit: 'oauthecho' })).toHaveLength(0);
  });

  it('no-auth toolkits skip precedence entirely', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice', { toolkits: ['publicecho'] });
    expect(await accountThatRan(await session.execute('PUBLICECHO_GET', { id: '1' }))).toBe('anonymous');
    expect(await router.authConfigs.list()).toHaveLength(0);
  });

  it('the most recently connected ACTIVE account wins; disabling it falls back; re-enabling makes it newest', async () => {
    const router = createEchoRouter(api.url);
    const [first, second] = await connectEchoAccounts(router, [alice1, alice2]);
    const session = await router.create('alice');
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-2');
    await router.connectedAccounts.disable(second.id);
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-1');
    await router.connectedAccounts.enable(second.id);
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-2');
    await router.connectedAccounts.disable(first.id);
    await router.connectedAccounts.enable(first.id);
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-1');
  });

  it("execute(..., { account }) picks an account by id or alias, never another user's", async () => {
    const router = createEchoRouter(api.url);
    const [work, , bobs] = await connectEchoAccounts(router, [
      { ...alice1, alias: 'work' },
      { ...alice2, alias: 'personal' },
      { ...bob1, alias: 'work' },
    ]);
    const session = await router.create('alice');
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }, { account: 'work' }))).toBe(
      'alice-1',
    );
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }, { account: work.id }))).toBe(
      'alice-1',
    );
    expect(await accountThatRan(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-2');
    // Another user's account id reads exactly like an id that does not exist.
    const foreign = await session.execute('ECHO_GET', { id: '1' }, { account: bobs.id });
    expect(foreign.successful).toBe(false);
    const missing = await session.execute('ECHO_GET', { id: '1' }, { account: 'ca_doesnotexist000000' });
    expect(missing.successful).toBe(false);
    expect(foreign.error).toBe(missing.error!.replace('ca_doesnotexist000000', bobs.id));
    expect(foreign.error).toMatch(/no echo account with id or alias/);
  });

  it("two users with many accounts: no call of one user ever runs with the other's account", async () => {
    const router = createEchoRouter(api.url);
    const configs = [
      await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' }),
      await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' }),
    ];
    const owner: Record<string, string> = {};
    for (const [index, account] of [alice1, alice2, alice3, bob1].entries()) {
      await connectEchoAccounts(router, [account], { authConfigId: configs[index % 2]!.id });
      owner[account.apiKey.replace('key-', '')] = account.userId;
    }
    const sessions = [
      await router.create('alice'),
      await router.create('bob'),
      await router.create('alice', { authConfigs: { echo: configs[1]!.id } }),
      await router.create('bob', { authConfigs: { echo: configs[1]!.id } }),
    ];
    const runs = await Promise.all(
      Array.from({ length: 80 }, async (_, index) => {
        const session = sessions[index % sessions.length]!;
        return { userId: session.userId, result: await session.execute('ECHO_GET', { id: String(index) }) };
      }),
    );
    for (const { userId, result } of runs) {
      if (!result.successful) {
        expect(result.data).toMatchObject({ connection_required: true });
        continue;
      }
      expect(owner[(result.data as { account: string }).account]).toBe(userId);
    }
    expect(runs.filter((run) => run.result.successful).length).toBeGreaterThan(40);
  });
});
