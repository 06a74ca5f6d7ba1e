import { describe, expect, it } from 'vitest';
import { completionWithToolCalls } from '../test-support/completion-with-tool-calls.ts';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi({ 'key-1': 'alice-1' });

async function connectedRouter() {
  const router = createEchoRouter(api.url);
  await connectEchoAccounts(router, [{ userId: 'alice', apiKey: 'key-1', alias: 'main' }]);
  return router;
}

describe('meta-tools', () => {
  it('session.tools() lists the meta-tools as OpenAI function tools by default', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', { preload: { tools: ['ECHO_GET'] } });
    const tools = await session.tools();
    expect(tools.map((tool) => tool.function.name)).toEqual([
      'TOOLROUTER_SEARCH_TOOLS',
      'TOOLROUTER_GET_TOOL_SCHEMAS',
      'TOOLROUTER_MULTI_EXECUTE_TOOL',
      'TOOLROUTER_MANAGE_CONNECTIONS',
      'ECHO_GET',
    ]);
    for (const tool of tools) {
      expect(tool.type).toBe('function');
      expect(tool.function.parameters.type).toBe('object');
    }
    for (const tool of tools.slice(0, 4)) expect(tool.function.description.length).toBeGreaterThan(200);
  });

  it('SEARCH_TOOLS finds allowed tools with schemas, connection status and guidance', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo', 'oauthecho'] });
    const result = await session.execute('TOOLROUTER_SEARCH_TOOLS', {
      queries: [{ use_case: 'delete a thing by its id' }],
    });
    expect(result.error).toBeNull();
    const data = result.data as any;
    expect(data.results[0].primary_tool_slugs[0]).toMatch(/^(ECHO|OAUTHECHO)_DELETE$/);
    for (const slug of [...data.results[0].primary_tool_slugs, ...data.results[0].related_tool_slugs]) {
      expect(slug).toMatch(/^(ECHO|OAUTHECHO)_/);
      expect(data.tool_schemas[slug].input_schema.type).toBe('object');
    }
    const statuses = Object.fromEntries(
      data.toolkit_connection_statuses.map((status: any) => [status.toolkit, status.status]),
    );
    expect(statuses.echo).toBe('active');
    expect(statuses.oauthecho).toBe('not_connected');
    expect(data.next_steps_guidance.join('\n')).toMatch(/TOOLROUTER_MANAGE_CONNECTIONS.*oauthecho/);
  });

  it('SEARCH_TOOLS never returns a tool the session does not allow, whatever the query', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo'], tags: ['readOnlyHint'] });
    for (const query of ['PUBLICECHO_DELETE delete a thing', 'create a thing', 'OAUTHECHO_GET get']) {
      const result = await session.execute('TOOLROUTER_SEARCH_TOOLS', { queries: [{ use_case: query }] });
      const data = result.data as any;
      for (const slug of Object.keys(data.tool_schemas)) expect(slug).toBe('ECHO_GET');
    }
    const hits = await session.search({ query: 'delete a thing' });
    expect(hits.every((hit) => hit.slug === 'ECHO_GET')).toBe(true);
  });

  it('GET_TOOL_SCHEMAS returns schemas, not_found and suggestions', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', { toolkits: ['echo'] });
    const result = await session.execute('TOOLROUTER_GET_TOOL_SCHEMAS', {
      tool_slugs: ['ECHO_GET', 'ECHO_GETT', 'PUBLICECHO_GET'],
    });
    const data = result.data as any;
    expect(Object.keys(data.tool_schemas)).toEqual(['ECHO_GET']);
    expect(data.not_found).toEqual(['ECHO_GETT', 'PUBLICECHO_GET']);
    expect(data.suggestions.ECHO_GETT).toContain('ECHO_GET');
  });

  it('MULTI_EXECUTE runs calls in parallel, keeps input order, and one failure never sinks the others', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice');
    const result = await session.execute(
      'TOOLROUTER_MULTI_EXECUTE_TOOL',
      JSON.stringify({
        tools: [
          { tool_slug: 'ECHO_GET', arguments: { id: 'a' } },
          { tool_slug: 'ECHO_GETT', arguments: { id: 'b' } },
          { tool_slug: 'ECHO_GET', arguments: '{"id":"c"}', account: 'main' },
          { tool_slug: 'ECHO_GET', arguments: { ids: 'd' } },
          { tool_slug: 'OAUTHECHO_GET', arguments: { id: 'e' } },
        ],
      }),
    );
    expect(result.successful).toBe(true);
    const data = result.data as any;
    expect(data.results.map((item: any) => item.tool_slug)).toEqual([
      'ECHO_GET',
      'ECHO_GETT',
      'ECHO_GET',
      'ECHO_GET',
      'OAUTHECHO_GET',
    ]);
    expect(data.results[0]).toMatchObject({
      successful: true,
      data: { path: '/things/a', account: 'alice-1' },
    });
    expect(data.results[1].error).toMatch(/does not exist.*Did you mean ECHO_GET/);
    expect(data.results[2]).toMatchObject({ successful: true, data: { path: '/things/c' } });
    expect(data.results[3].error).toMatch(/'id'/);
    expect(data.results[4].error).toMatch(/no auth config/);
    expect(data).toMatchObject({ successful_count: 2, failed_count: 3 });
    expect(data.summary).toMatch(
      /^3 of 5 calls failed \(see results\): ECHO_GETT: Tool 'ECHO_GETT' does not exist/,
    );
  });

  it('MULTI_EXECUTE in which every call failed is itself failed, and says why', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice');
    const result = await session.execute('TOOLROUTER_MULTI_EXECUTE_TOOL', {
      tools: [
        { tool_slug: 'ECHO_GETT', arguments: { id: 'a' } },
        { tool_slug: 'ECHO_GET', arguments: { ids: 'b' } },
      ],
    });
    expect(result.successful).toBe(false);
    expect(result.error).toMatch(/^All 2 calls failed: ECHO_GETT: .* \| ECHO_GET: .*'id'/);
    expect(result.data).toMatchObject({ successful_count: 0, failed_count: 2 });
    expect((result.data as any).results).toHaveLength(2);
    const { items } = await router.logs.list({ sessionId: session.sessionId });
    expect(items.find((log) => log.toolSlug === 'TOOLROUTER_MULTI_EXECUTE_TOOL')).toMatchObject({
      successful: false,
    });
  });

  it('MULTI_EXECUTE keeps going when a modifier throws for one call', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice');
    const result = await session.execute(
      'TOOLROUTER_MULTI_EXECUTE_TOOL',
      {
        tools: [
          { tool_slug: 'ECHO_GET', arguments: { id: 'bad' } },
          { tool_slug: 'ECHO_GET', arguments: { id: 'good' } },
        ],
      },
      {
        modifiers: {
          beforeExecute: ({ arguments: args }) => {
            if (args.id === 'bad') throw new Error('policy refused this call');
            return args;
          },
        },
      },
    );
    const data = result.data as any;
    expect(data.results[0]).toMatchObject({
      successful: false,
      error: 'ECHO_GET failed: policy refused this call',
    });
    expect(data.results[1]).toMatchObject({ successful: true, data: { path: '/things/good' } });
  });

  it('MULTI_EXECUTE rejects more than 50 calls and names the field', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice');
    const tools = Array.from({ length: 51 }, () => ({ tool_slug: 'ECHO_GET', arguments: { id: '1' } }));
    const result = await session.execute('TOOLROUTER_MULTI_EXECUTE_TOOL', { tools });
    expect(result.successful).toBe(false);
    expect(result.error).toMatch(/tools/);
  });

  it('modifiers change schemas and wrap every app tool execution, also inside MULTI_EXECUTE', async () => {
    const router = await connectedRouter();
    const session = await router.create('alice', { preload: { tools: ['ECHO_GET'] } });
    const seen: string[] = [];
    const tools = await session.tools({
      modifySchema: ({ schema }) => ({ ...schema, description: `[custom] ${schema.description}` }),
      beforeExecute: ({ toolSlug, arguments: args }) => {
        seen.push(toolSlug);
        return { ...args, id: `${args.id}-modified` };
      },
      afterExecute: ({ result }) => ({ ...result, data: { wrapped: result.data } }),
    });
    expect(tools.every((tool) => tool.function.description.startsWith('[custom] '))).toBe(true);
    const modifiers = {
      beforeExecute: ({
        toolSlug,
        arguments: args,
      }: {
        toolSlug: string;
        arguments: Record<string, unknown>;
      }) => {
        seen.push(toolSlug);
        return { ...args, id: `${args.id}-modified` };
      },
      afterExecute: ({ result }: { result: any }) => ({ ...result, data: { wrapped: result.data } }),
    };
    const messages = await router.provider.handleToolCalls(
      session,
      completionWithToolCalls(
        { id: 'call_1', name: 'ECHO_GET', arguments: '{"id":"x"}' },
        {
          id: 'call_2',
          name: 'TOOLROUTER_MULTI_EXECUTE_TOOL',
          arguments: { tools: [{ tool_slug: 'ECHO_GET', arguments: { id: 'y' } }] },
        },
      ),
      { modifiers },
    );
    expect(messages.map((message) => message.tool_call_id)).toEqual(['call_1', 'call_2']);
    expect(JSON.parse(messages[0]!.content)).toMatchObject({
      successful: true,
      data: { wrapped: { path: '/things/x-modified' } },
    });
    expect(JSON.parse(messages[1]!.content).data.results[0]).toMatchObject({
      successful: true,
      data: { wrapped: { path: '/things/y-modified' } },
    });
    expect(seen).toEqual(['ECHO_GET', 'ECHO_GET']);
    // The tools session.tools(modifiers) returned carry their modifiers into handleToolCalls.
    const [viaTools] = await router.provider.handleToolCalls(
      session,
      completionWithToolCalls({ id: 'call_3', name: 'ECHO_GET', arguments: '{"id":"z"}' }),
      { tools },
    );
    expect(JSON.parse(viaTools!.content)).toMatchObject({
      data: { wrapped: { path: '/things/z-modified' } },
    });
    // A name the model was not given does not run (it would skip the modifiers).
    const before = seen.length;
    const [outside] = await router.provider.handleToolCalls(
      session,
      completionWithToolCalls({ id: 'call_4', name: 'ECHO_DELETE', arguments: '{"id":"z"}' }),
      { tools },
    );
    expect(JSON.parse(outside!.content)).toMatchObject({
      successful: false,
      error: expect.stringMatching(/not among the tools given/),
    });
    expect(seen.length).toBe(before);
  });

  it("custom tools are searchable, run through MULTI_EXECUTE, and get the user's own account of their toolkit", async () => {
    const router = await connectedRouter();
    const [echoConfig] = await router.authConfigs.list({ toolkit: 'echo' });
    await connectEchoAccounts(router, [{ userId: 'bob', apiKey: 'key-bob' }], {
      authConfigId: echoConfig!.id,
    });
    await router.tools.create({
      slug: 'ECHO_COUNT_THINGS',
      toolkit: 'echo',
      description: 'Counts the things of the current user by fetching them.',
      inputSchema: { type: 'object', properties: { prefix: { type: 'string' } } },
      execute: async (input, context) => {
        const response = await context.fetch('/things/count');
        const body = (await response.json()) as { account: string };
        return {
          counted_for: body.account,
          key_length: (context.credentials as { apiKey: string }).apiKey.length,
          prefix: input.prefix,
        };
      },
    });
    const session = await router.create('alice', { toolkits: ['echo'] });
    const reopened = await router.sessions.use(session.sessionId);
    const search = await reopened.execute('TOOLROUTER_SEARCH_TOOLS', {
      queries: [{ use_case: 'count my things' }],
    });
    expect((search.data as any).results[0].primary_tool_slugs).toContain('ECHO_COUNT_THINGS');
    const run = await reopened.execute('TOOLROUTER_MULTI_EXECUTE_TOOL', {
      tools: [{ tool_slug: 'ECHO_COUNT_THINGS', arguments: { prefix: 'p' } }],
    });
    expect((run.data as any).results[0]).toMatchObject({
      successful: true,
      data: { counted_for: 'alice-1', key_length: 5, prefix: 'p' },
    });
    await expect(
      router.tools.create({
        slug: 'bad slug',
        description: 'x',
        inputSchema: { type: 'object' },
        execute: () => 1,
      }),
    ).rejects.toThrow(/UPPER_SNAKE_CASE/);
  });
});

describe('search reads phrasings', () => {
  it('finds a tool by the everyday words of its phrasings, which its description lacks', async () => {
    const router = createEchoRouter(api.url);
    const plain = {
      description: 'Returns the quantity on hand of an item.',
      inputSchema: { type: 'object' as const, properties: { item: { type: 'string' } } },
      execute: () => ({ quantity: 3 }),
    };
    await router.tools.create({ slug: 'ECHO_ITEM_QUANTITY', ...plain });
    const session = await router.create('alice', { toolkits: ['custom'] });
    const ask = async () => {
      const search = await session.execute('TOOLROUTER_SEARCH_TOOLS', {
        queries: [{ use_case: 'how many widgets have we got left in the warehouse' }],
      });
      return (search.data as any).results[0].primary_tool_slugs as string[];
    };
    // The index exists now; a tool created after it reaches it with its phrasings too.
    expect(await ask()).not.toContain('ECHO_STOCK_LEVEL');
    await router.tools.create({
      slug: 'ECHO_STOCK_LEVEL',
      ...plain,
      phrasings: ['how many widgets are left in the warehouse', 'are we running low on stock'],
    });
    expect((await ask())[0]).toBe('ECHO_STOCK_LEVEL');
    await expect(
      router.tools.create({ slug: 'ECHO_BROKEN', ...plain, phrasings: 'stock' as unknown as string[] }),
    ).rejects.toThrow(/phrasings must be an array of strings/);
  });
});

describe('search with an embedder', () => {
  it('falls back to lexical search when the embedder fails, with a warning', async () => {
    const warnings: string[] = [];
    let calls = 0;
    const router = createEchoRouter(api.url, {
      warn: (message) => warnings.push(message),
      search: {
        embedder: {
          async embed(texts) {
            calls++;
            if (calls > 1) throw new Error('model unavailable');
            return texts.map((text) => [text.includes('Deletes') ? 1 : 0, 1]);
          },
        },
      },
    });
    const session = await router.create('alice', { toolkits: ['publicecho'] });
    const first = await session.search({ query: 'remove a thing' });
    expect(first[0]?.slug).toBe('PUBLICECHO_DELETE');
    const second = await session.search({ query: 'remove a thing' });
    expect(second[0]?.slug).toBe('PUBLICECHO_DELETE');
    expect(warnings.join('\n')).toMatch(
      /search embedder failed \(model unavailable\); using lexical search only/,
    );
  });
});
