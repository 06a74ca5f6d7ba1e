import { createMCPClient } from '@ai-sdk/mcp';
import { MultiServerMCPClient } from '@langchain/mcp-adapters';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { MCPServerStreamableHttp } from '@openai/agents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/start-test-server.ts';

const SEARCH_ARGUMENTS = { queries: [{ use_case: 'get a thing by id' }] };
const EXECUTE_ARGUMENTS = { tools: [{ tool_slug: 'ECHO_GET', arguments: { id: '42' } }] };
const META_TOOLS = [
  'TOOLROUTER_SEARCH_TOOLS',
  'TOOLROUTER_GET_TOOL_SCHEMAS',
  'TOOLROUTER_MULTI_EXECUTE_TOOL',
];

let server: TestServer;
let mcp: { url: string; headers: Record<string, string> };

beforeAll(async () => {
  server = await startTestServer();
  await server.connectEchoAccounts();
  const session = await server.router.create('alice', { toolkits: ['echo'] });
  mcp = { url: session.mcp.url, headers: { ...session.mcp.headers } };
});

afterAll(async () => {
  await server.close();
});

/** Every client must see the same thing: the meta-tools, a search that finds ECHO_GET, alice's account running it. */
function expectSearchFoundEchoGet(data: unknown) {
  const results = (data as { results: Array<{ primary_tool_slugs: string[] }> }).results;
  expect(results[0]!.primary_tool_slugs).toContain('ECHO_GET');
}

function expectEchoGetRanAsAlice(data: unknown) {
  const payload = data as {
    successful_count: number;
    results: Array<{ successful: boolean; data: { account: string; path: string } }>;
  };
  expect(payload.successful_count).toBe(1);
  expect(payload.results[0]!.data).toMatchObject({ account: 'alice', path: '/things/42' });
}

/** The MCP-Protocol-Version headers of the requests since `start`: which revision a client spoke. */
function protocolVersionsSince(start: number): Set<string | null> {
  return new Set(server.mcpRequests.slice(start).map((request) => request.protocolVersion));
}

function parseTextContent(content: unknown): { successful: boolean; data: unknown; error: string | null } {
  const blocks = content as Array<{ type: string; text: string }>;
  const text = blocks.find((block) => block.type === 'text')!.text;
  return JSON.parse(text);
}

describe('the official MCP SDK client (v1, Client + StreamableHTTPClientTransport)', () => {
  it('lists the meta-tools with annotations and output schemas, searches and executes (2025-11-25 fallback)', async () => {
    const start = server.mcpRequests.length;
    const client = new Client({ name: 'sdk-v1-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(mcp.url), { requestInit: { headers: mcp.headers } }),
    );
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(META_TOOLS));
      const search = tools.find((tool) => tool.name === 'TOOLROUTER_SEARCH_TOOLS')!;
      expect(search.annotations).toMatchObject({
        readOnlyHint: true,
        idempotentHint: true,
        destructiveHint: false,
        openWorldHint: false,
      });
      expect(search.outputSchema).toMatchObject({ type: 'object' });
      const execute = tools.find((tool) => tool.name === 'TOOLROUTER_MULTI_EXECUTE_TOOL')!;
      expect(execute.annotations).toMatchObject({ readOnlyHint: false, openWorldHint: true });

      const found = await client.callTool({ name: 'TOOLROUTER_SEARCH_TOOLS', arguments: SEARCH_ARGUMENTS });
      expect(found.isError).toBeFalsy();
      expectSearchFoundEchoGet(found.structuredContent);
      expect(parseTextContent(found.content).successful).toBe(true);

      const ran = await client.callTool({
        name: 'TOOLROUTER_MULTI_EXECUTE_TOOL',
        arguments: EXECUTE_ARGUMENTS,
      });
      expect(ran.isError).toBeFalsy();
      expectEchoGetRanAsAlice(ran.structuredContent);
      expect(protocolVersionsSince(start)).toContain('2025-11-25');
    } finally {
      await client.close();
    }
  });

  it('gets isError with the reason for a call that fails', async () => {
    const client = new Client({ name: 'sdk-v1-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(mcp.url), { requestInit: { headers: mcp.headers } }),
    );
    try {
      const result = await client.callTool({
        name: 'TOOLROUTER_SEARCH_TOOLS',
        arguments: { queries: 'not a list' },
      });
      expect(result.isError).toBe(true);
      const text = parseTextContent(result.content);
      expect(text.successful).toBe(false);
      expect(text.error).toContain('queries');
    } finally {
      await client.close();
    }
  });
});

describe("the AI SDK's MCP client (@ai-sdk/mcp, http transport)", () => {
  it('lists the tools, searches and executes through AI SDK tools (2026-07-28)', async () => {
    const start = server.mcpRequests.length;
    const client = await createMCPClient({ transport: { type: 'http', url: mcp.url, headers: mcp.headers } });
    try {
      const listed = await client.listTools();
      expect(listed.tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(META_TOOLS));
      const tools = await client.tools();
      const options = { toolCallId: 'call_1', messages: [], context: {} };
      const found = await tools.TOOLROUTER_SEARCH_TOOLS!.execute!(SEARCH_ARGUMENTS, options);
      expectSearchFoundEchoGet((found as { structuredContent: unknown }).structuredContent);
      const ran = await tools.TOOLROUTER_MULTI_EXECUTE_TOOL!.execute!(EXECUTE_ARGUMENTS, {
        ...options,
        toolCallId: 'call_2',
      });
      expectEchoGetRanAsAlice((ran as { structuredContent: unknown }).structuredContent);
      expect([...protocolVersionsSince(start)]).toEqual(['2026-07-28']);
    } finally {
      await client.close();
    }
  });
});

describe("the OpenAI Agents SDK's MCPServerStreamableHttp", () => {
  it('lists the tools, searches and executes (2026-07-28)', async () => {
    const start = server.mcpRequests.length;
    const mcpServer = new MCPServerStreamableHttp({
      url: mcp.url,
      requestInit: { headers: mcp.headers },
      name: 'toolrouter',
    });
    await mcpServer.connect();
    try {
      const tools = await mcpServer.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(META_TOOLS));
      const found = await mcpServer.callTool('TOOLROUTER_SEARCH_TOOLS', SEARCH_ARGUMENTS);
      expectSearchFoundEchoGet(parseTextContent(found).data);
      const ran = await mcpServer.callTool('TOOLROUTER_MULTI_EXECUTE_TOOL', EXECUTE_ARGUMENTS);
      expectEchoGetRanAsAlice(parseTextContent(ran).data);
      expect([...protocolVersionsSince(start)]).toEqual(['2026-07-28']);
    } finally {
      await mcpServer.close();
    }
  });
});

describe("LangChain's MultiServerMCPClient (@langchain/mcp-adapters)", () => {
  it('loads the tools as LangChain tools, searches and executes (2025-11-25 fallback)', async () => {
    const start = server.mcpRequests.length;
    const client = new MultiServerMCPClient({
      mcpServers: { toolrouter: { transport: 'http', url: mcp.url, headers: mcp.headers } },
      throwOnLoadError: true,
    });
    try {
      const tools = await client.getTools();
      expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(META_TOOLS));
      const search = tools.find((tool) => tool.name === 'TOOLROUTER_SEARCH_TOOLS')!;
      expectSearchFoundEchoGet(parseLangchainOutput(await search.invoke(SEARCH_ARGUMENTS)).data);
      const execute = tools.find((tool) => tool.name === 'TOOLROUTER_MULTI_EXECUTE_TOOL')!;
      expectEchoGetRanAsAlice(parseLangchainOutput(await execute.invoke(EXECUTE_ARGUMENTS)).data);
      expect(protocolVersionsSince(start)).toContain('2025-11-25');
    } finally {
      await client.close();
    }
  });
});

/** A LangChain MCP tool returns the text block(s) of the result. */
function parseLangchainOutput(output: unknown) {
  return parseTextContent(Array.isArray(output) ? output : [output]);
}
