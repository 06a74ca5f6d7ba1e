import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(3);
});
afterAll(() => cluster?.close());

interface Hop {
  instance: string;
  method: string;
  rpc: string;
  status: number;
}

/**
 * A fetch for the MCP client that sends request n to instance n mod 3: the session's URL path
 * stays the same, only the origin changes, as behind a round-robin load balancer.
 */
function roundRobinFetch(hops: Hop[]): typeof fetch {
  let next = 0;
  return async (input, init) => {
    const instance = cluster.instances[next++ % cluster.instances.length]!;
    const url = new URL(input instanceof Request ? input.url : String(input));
    const response = await fetch(`${instance.url}${url.pathname}${url.search}`, init);
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { method?: string }) : {};
    hops.push({
      instance: instance.name,
      method: init?.method ?? 'GET',
      rpc: body.method ?? '',
      status: response.status,
    });
    return response;
  };
}

function resultData(result: Awaited<ReturnType<Client['callTool']>>): any {
  const [block] = result.content as Array<{ type: string; text: string }>;
  return JSON.parse(block!.text);
}

describe('MCP on three instances', () => {
  it('the official MCP client works with every request sent to the next instance', async () => {
    const authConfig = await cluster.rest(cluster.instances[0]!, 'POST', '/auth-configs', {
      toolkit: 'echo',
      mode: 'api_key',
    });
    expect(authConfig.status).toBe(201);
    cluster.echoAccounts['mallory-secret-key'] = 'mallory-main';
    const account = await cluster.rest(cluster.instances[1]!, 'POST', '/connected-accounts', {
      userId: 'mallory',
      authConfigId: authConfig.body.id,
      credentials: { apiKey: 'mallory-secret-key' },
    });
    expect(account.status).toBe(201);
    const session = await cluster.rest(cluster.instances[2]!, 'POST', '/sessions', {
      userId: 'mallory',
      config: { toolkits: ['echo'] },
    });
    expect(session.body.mcp.url).toBe(`${cluster.env.TOOLROUTER_BASE_URL}/mcp/${session.body.sessionId}`);

    const hops: Hop[] = [];
    const client = new Client({ name: 'round-robin-test', version: '1.0.0' });
    const transport = new StreamableHTTPClientTransport(new URL(session.body.mcp.url), {
      requestInit: { headers: session.body.mcp.headers },
      fetch: roundRobinFetch(hops),
    });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toContain('TOOLROUTER_MULTI_EXECUTE_TOOL');

      const found = await client.callTool({
        name: 'TOOLROUTER_SEARCH_TOOLS',
        arguments: { queries: [{ use_case: 'get a thing by id' }] },
      });
      expect(found.isError).toBeFalsy();
      expect(JSON.stringify(resultData(found))).toContain('ECHO_GET');

      for (let call = 0; call < 9; call++) {
        const result = await client.callTool({
          name: 'TOOLROUTER_MULTI_EXECUTE_TOOL',
          arguments: {
            tools: [
              { tool_slug: 'ECHO_GET', arguments: { id: `thing-${call}` } },
              { tool_slug: 'ECHO_CREATE', arguments: { name: `new-${call}` } },
            ],
          },
        });
        expect(result.isError).toBeFalsy();
        const { data } = resultData(result);
        expect(data.successful_count).toBe(2);
        expect(data.results[0]).toMatchObject({
          successful: true,
          data: { account: 'mallory-main', path: `/things/thing-${call}` },
        });
        expect(data.results[1]).toMatchObject({
          successful: true,
          data: { account: 'mallory-main', body: { name: `new-${call}` } },
        });
      }
      // A burst of concurrent calls too, still spread over the instances.
      const burst = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          client.callTool({
            name: 'TOOLROUTER_MULTI_EXECUTE_TOOL',
            arguments: { tools: [{ tool_slug: 'ECHO_GET', arguments: { id: `burst-${index}` } }] },
          }),
        ),
      );
      for (const result of burst) expect(resultData(result).data.successful_count).toBe(1);
    } finally {
      await client.close();
    }

    const posts = hops.filter((hop) => hop.method === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(2 + 1 + 1 + 9 + 12);
    for (const hop of posts) expect(hop.status, `${hop.rpc} on ${hop.instance}`).toBeLessThan(300);
    for (const name of ['A', 'B', 'C']) {
      const served = posts.filter((hop) => hop.instance === name);
      expect(served.length, `requests served by ${name}`).toBeGreaterThanOrEqual(7);
      expect(served.some((hop) => hop.rpc === 'tools/call')).toBe(true);
    }
    // GET (a server-sent event stream) is refused by the stateless server, and the client copes.
    for (const hop of hops.filter((hop) => hop.method !== 'POST')) expect(hop.status).toBe(405);
  });
});
