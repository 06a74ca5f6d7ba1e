import type { McpSdkServerConfigWithInstance } from '@anthropic-ai/claude-agent-sdk';
import {
  modelView,
  recordingExecute,
  runProviderConformance,
  sampleResult,
  sampleTool,
} from '@internal/provider-conformance';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { ClaudeAgentSdkProvider } from './claude-agent-sdk-provider.ts';
import type { ClaudeAgentSdkTool } from './claude-agent-sdk-tool.ts';

/** An MCP client connected to the server's instance in process, as the Claude Agent SDK connects it. */
async function connect(server: McpSdkServerConfigWithInstance) {
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.instance.connect(serverTransport);
  const client = new Client({ name: 'conformance', version: '1.0.0' });
  await client.connect(clientTransport);
  return client;
}

/** The text a call answered with, which the model reads. */
function textOf(result: CallToolResult) {
  expect(result.content).toHaveLength(1);
  const [content] = result.content;
  if (content?.type !== 'text') throw new Error(`Expected a text result, got ${JSON.stringify(result)}`);
  return content.text;
}

/**
 * Lists the tools through the MCP protocol (what the model is shown) and hands back, for each, a tool
 * whose handler calls it through the protocol too (`tools/call`, with the request's abort signal).
 */
async function inspectServer(server: McpSdkServerConfigWithInstance) {
  const client = await connect(server);
  const { tools } = await client.listTools();
  return tools.map((listed) => {
    const throughProtocol: ClaudeAgentSdkTool = {
      name: listed.name,
      description: listed.description ?? '',
      inputSchema: listed.inputSchema,
      annotations: listed.annotations ?? {},
      handler: (args, { signal }) =>
        client.callTool(
          { name: listed.name, arguments: args as Record<string, unknown> },
          undefined,
          signal ? { signal } : {},
        ) as Promise<CallToolResult>,
    };
    return {
      name: listed.name,
      description: listed.description ?? '',
      parameters: listed.inputSchema,
      tool: throughProtocol,
    };
  });
}

runProviderConformance({
  name: 'claude-agent-sdk',
  createProvider: () => new ClaudeAgentSdkProvider(),
  inspect: inspectServer,
  // Claude sends tool input as an object; JSON text from the suite is parsed as the CLI would have.
  invoke: async (tool, args, { signal }) =>
    textOf(await tool.handler(typeof args === 'string' ? JSON.parse(args) : args, signal ? { signal } : {})),
  thrownErrors: 'result',
});

describe('ClaudeAgentSdkProvider specifics', () => {
  it('makes an sdk server config named toolrouter, or as configured', () => {
    const server = new ClaudeAgentSdkProvider().wrapTools([sampleTool], recordingExecute().execute);
    expect(server).toMatchObject({ type: 'sdk', name: 'toolrouter' });
    const named = new ClaudeAgentSdkProvider({ serverName: 'apps' }).wrapTools(
      [],
      recordingExecute().execute,
    );
    expect(named.name).toBe('apps');
  });

  it("lists the tool's tags as MCP annotations, with its name as title", async () => {
    const server = new ClaudeAgentSdkProvider().wrapTools([sampleTool], recordingExecute().execute);
    const client = await connect(server);
    const { tools } = await client.listTools();
    expect(tools[0]!.annotations).toEqual({ title: sampleTool.name, readOnlyHint: true });
  });

  it('lists the tools always loaded, unless told otherwise', async () => {
    const listMeta = async (provider: ClaudeAgentSdkProvider) => {
      const client = await connect(provider.wrapTools([sampleTool], recordingExecute().execute));
      return (await client.listTools()).tools[0]!._meta;
    };
    expect(await listMeta(new ClaudeAgentSdkProvider())).toEqual({ 'anthropic/alwaysLoad': true });
    expect(await listMeta(new ClaudeAgentSdkProvider({ alwaysLoad: false }))).toBeUndefined();
  });

  it('marks a failed result isError and keeps its text', async () => {
    const result = sampleResult({ successful: false, data: null, error: 'Not found.' });
    const server = new ClaudeAgentSdkProvider().wrapTools(
      [sampleTool],
      recordingExecute({ kind: 'result', result }).execute,
    );
    const client = await connect(server);
    const answer = (await client.callTool({
      name: sampleTool.slug,
      arguments: { project: 'web' },
    })) as CallToolResult;
    expect(answer.isError).toBe(true);
    expect(modelView(textOf(answer))).toEqual({ successful: false, data: null, error: 'Not found.' });
  });

  it('answers a call to a tool it does not serve with an error result', async () => {
    const recorder = recordingExecute();
    const client = await connect(new ClaudeAgentSdkProvider().wrapTools([sampleTool], recorder.execute));
    const answer = (await client.callTool({ name: 'GITHUB_STAR', arguments: {} })) as CallToolResult;
    expect(answer.isError).toBe(true);
    expect(textOf(answer)).toContain('GITHUB_STAR');
    expect(recorder.calls).toEqual([]);
  });
});
