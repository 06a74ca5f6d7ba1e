import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { OpenAIProvider } from '../provider/openai-provider.ts';
import { completionWithToolCalls } from '../test-support/completion-with-tool-calls.ts';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi({ 'key-work': 'alice-work', 'key-home': 'alice-home', 'key-old': 'alice-old' });

/** Alice with two echo accounts: `home` (older) and `work` (newest). */
async function twoAccountRouter() {
  const router = createEchoRouter(api.url);
  const [home, work] = await connectEchoAccounts(router, [
    { userId: 'alice', apiKey: 'key-home', alias: 'home' },
    { userId: 'alice', apiKey: 'key-work', alias: 'work' },
  ]);
  return { router, authConfigId: home.authConfigId, home, work };
}

/** A third account of alice's, connected by the tests that need it. */
const oldAccount = { userId: 'alice', apiKey: 'key-old' };

const ranWith = (result: { data: unknown }) => (result.data as { account?: string }).account;

describe('multi-account sessions', () => {
  it('validates multiAccount with Composio’s bounds and names the wrong field', async () => {
    const { router } = await twoAccountRouter();
    for (const [multiAccount, field] of [
      [{ enable: true, maxAccountsPerToolkit: 1 }, 'multiAccount.maxAccountsPerToolkit'],
      [{ enable: true, maxAccountsPerToolkit: 11 }, 'multiAccount.maxAccountsPerToolkit'],
      [{ enable: 'yes' }, 'multiAccount.enable'],
      [{ enable: true, pick: 'first' }, 'multiAccount.pick'],
    ] as const) {
      const attempt = router.create('alice', { multiAccount } as never);
      await expect(attempt).rejects.toSatisfy(ValidationError.isInstance);
      await expect(attempt).rejects.toMatchObject({ field });
    }
    const session = await router.create('alice', {
      multiAccount: { enable: true, maxAccountsPerToolkit: 10, requireExplicitSelection: true },
    });
    expect(session.config.multiAccount).toEqual({
      enable: true,
      maxAccountsPerToolkit: 10,
      requireExplicitSelection: true,
    });
  });

  it('a pinned set runs its newest ACTIVE account, lets a call pick within it, and refuses others', async () => {
    const { router, authConfigId, home, work } = await twoAccountRouter();
    const [old] = await connectEchoAccounts(router, [oldAccount], { authConfigId });
    const session = await router.create('alice', {
      toolkits: ['echo'],
      connectedAccounts: { echo: [home.id, old.id] },
    });
    expect(ranWith(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-old');
    expect(ranWith(await session.execute('ECHO_GET', { id: '1' }, { account: 'home' }))).toBe('alice-home');
    const refused = await session.execute('ECHO_GET', { id: '1' }, { account: work.id });
    expect(refused.successful).toBe(false);
    expect(refused.error).toContain(`cannot run with '${work.id}'`);
    await expect(router.create('alice', { connectedAccounts: { echo: [home.id, home.id] } })).rejects.toThrow(
      /lists an account twice/,
    );
  });

  it('requireExplicitSelection: a call without account lists the accounts and runs nothing; with one it runs', async () => {
    const { router, home, work } = await twoAccountRouter();
    const session = await router.create('alice', {
      toolkits: ['echo'],
      multiAccount: { enable: true, requireExplicitSelection: true },
    });
    const callsBefore = api.calls.length;
    const asked = await session.execute('ECHO_GET', { id: '1' });
    expect(api.calls.length).toBe(callsBefore);
    expect(asked.successful).toBe(false);
    expect(asked.data).toEqual({
      account_selection_required: true,
      toolkit: 'echo',
      toolkit_name: 'Echo',
      accounts: [
        { id: work.id, alias: 'work', label: null },
        { id: home.id, alias: 'home', label: null },
      ],
    });
    expect(asked.error).toMatch(/2 Echo accounts.*call again with account/);
    expect(ranWith(await session.execute('ECHO_GET', { id: '1' }, { account: 'home' }))).toBe('alice-home');

    const multi = await session.execute('TOOLROUTER_MULTI_EXECUTE_TOOL', {
      tools: [
        { tool_slug: 'ECHO_GET', arguments: { id: '2' } },
        { tool_slug: 'ECHO_GET', arguments: { id: '3' }, account: work.id },
      ],
    });
    const results = (multi.data as { results: Array<{ successful: boolean; data: unknown }> }).results;
    expect(results[0]).toMatchObject({ successful: false, data: { account_selection_required: true } });
    expect(results[1]).toMatchObject({ successful: true, data: { account: 'alice-work' } });
  });

  it('requireExplicitSelection with one usable account just runs it', async () => {
    const { router, home } = await twoAccountRouter();
    await router.connectedAccounts.disable(home.id);
    const session = await router.create('alice', {
      multiAccount: { enable: true, requireExplicitSelection: true },
    });
    expect(ranWith(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-work');
  });

  it('search results and SEARCH_TOOLS list the accounts a call may name, newest first', async () => {
    const { router, home, work } = await twoAccountRouter();
    const session = await router.create('alice', {
      toolkits: ['echo'],
      multiAccount: { enable: true, requireExplicitSelection: true },
    });
    const [hit] = await session.search({ query: 'get a thing by id' });
    expect(hit?.accounts).toEqual([
      { id: work.id, alias: 'work', label: null },
      { id: home.id, alias: 'home', label: null },
    ]);
    const searched = await session.execute('TOOLROUTER_SEARCH_TOOLS', {
      queries: [{ use_case: 'get a thing by id' }],
    });
    const data = searched.data as {
      toolkit_connection_statuses: Array<{ toolkit: string; accounts?: unknown[] }>;
      next_steps_guidance: string[];
    };
    expect(data.toolkit_connection_statuses[0]).toMatchObject({
      toolkit: 'echo',
      accounts: [
        { id: work.id, alias: 'work' },
        { id: home.id, alias: 'home' },
      ],
    });
    expect(data.next_steps_guidance.join('\n')).toMatch(/every echo call must set account/);
    const schemas = await session.execute('TOOLROUTER_GET_TOOL_SCHEMAS', { tool_slugs: ['ECHO_GET'] });
    expect((schemas.data as typeof data).toolkit_connection_statuses[0]?.accounts).toHaveLength(2);
  });

  it('direct tools take an optional account argument, through the provider and handleToolCalls', async () => {
    const { router, home } = await twoAccountRouter();
    const session = await router.create('alice', {
      toolkits: ['echo'],
      preload: { tools: ['ECHO_GET'] },
      multiAccount: { enable: true },
    });
    const tools = await session.tools();
    const direct = tools.find((tool) => tool.function.name === 'ECHO_GET')!;
    expect(direct.function.parameters).toMatchObject({
      properties: { id: { type: 'string' }, account: { type: 'string' } },
      additionalProperties: false,
    });
    const provider = new OpenAIProvider();
    const completion = (args: Record<string, unknown>) =>
      completionWithToolCalls({ id: 'call_1', name: 'ECHO_GET', arguments: args });
    const [byArgument] = await provider.handleToolCalls(session, completion({ id: '1', account: 'home' }), {
      tools,
    });
    expect(JSON.parse(byArgument!.content)).toMatchObject({
      successful: true,
      data: { account: 'alice-home' },
    });
    const [byOption] = await provider.handleToolCalls(session, completion({ id: '1' }), {
      tools,
      account: home.id,
    });
    expect(JSON.parse(byOption!.content)).toMatchObject({
      data: { account: 'alice-home', path: '/things/1' },
    });
    const [newest] = await provider.handleToolCalls(session, completion({ id: '1' }), { tools });
    expect(JSON.parse(newest!.content)).toMatchObject({ data: { account: 'alice-work' } });
  });

  it('MANAGE_CONNECTIONS add_account links another account, up to maxAccountsPerToolkit', async () => {
    const { router } = await twoAccountRouter();
    const addAccount = async (maxAccountsPerToolkit: number) => {
      const session = await router.create('alice', {
        toolkits: ['echo'],
        multiAccount: { enable: true, maxAccountsPerToolkit },
      });
      const result = await session.execute('TOOLROUTER_MANAGE_CONNECTIONS', {
        toolkits: ['echo'],
        add_account: true,
      });
      return { session, first: (result.data as { results: unknown[] }).results[0] };
    };
    expect((await addAccount(3)).first).toMatchObject({
      toolkit: 'echo',
      status: 'initiated',
      redirect_url: expect.stringContaining('/connect/lnk_'),
    });
    const full = await addAccount(2);
    expect(full.first).toMatchObject({
      toolkit: 'echo',
      status: 'failed',
      message: expect.stringMatching(/already has 2 echo accounts.*maxAccountsPerToolkit = 2/),
    });
    await expect(full.session.authorize('echo')).rejects.toThrow(/maxAccountsPerToolkit = 2/);
  });
});

describe('precedence step 1 against an authConfigs pin', () => {
  it('the pinned account runs even on another auth config; new connections go to the pinned auth config', async () => {
    const { router, authConfigId: first } = await twoAccountRouter();
    const second = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key', isDefault: false });
    const [onSecond] = await connectEchoAccounts(router, [oldAccount], { authConfigId: second.id });
    const session = await router.create('alice', {
      toolkits: ['echo'],
      authConfigs: { echo: first },
      connectedAccounts: { echo: onSecond.id },
    });
    expect(ranWith(await session.execute('ECHO_GET', { id: '1' }))).toBe('alice-old');
    const unpinned = await router.create('alice', { toolkits: ['echo'], authConfigs: { echo: second.id } });
    await router.connectedAccounts.disable(onSecond.id);
    const request = await unpinned.authorize('echo');
    expect((await router.connectedAccounts.get(request.id)).authConfigId).toBe(second.id);
  });
});
