import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { query, type SDKMessage } from '@anthropic-ai/claude-agent-sdk';
import {
  connectedEchoRouter,
  type EchoApi,
  SCRIPTED_ANSWER,
  startConformanceEchoApi,
} from '@internal/provider-conformance';
import { SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScriptedMessagesApi } from '../test-support/start-scripted-messages-api.ts';
import { ClaudeAgentSdkProvider } from './claude-agent-sdk-provider.ts';

let api: EchoApi;
let messagesApi: Awaited<ReturnType<typeof startScriptedMessagesApi>>;
let home: string;
beforeAll(async () => {
  api = await startConformanceEchoApi();
  messagesApi = await startScriptedMessagesApi({ toolPrefix: 'mcp__toolrouter__' });
  home = mkdtempSync(join(tmpdir(), 'toolrouter-claude-home-'));
});
afterAll(async () => {
  await api.close();
  await messagesApi.close();
  rmSync(home, { recursive: true, force: true });
});

describe('ClaudeAgentSdkProvider in a Claude Agent SDK query', () => {
  it('runs search then multi-execute through Claude Code against a local Messages API and answers with the API data', async () => {
    const router = await connectedEchoRouter(api.url, new ClaudeAgentSdkProvider());
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const messages: SDKMessage[] = [];

    // The real Claude Code CLI the SDK spawns, pointed at the scripted API, in an empty home and folder.
    for await (const message of query({
      prompt: 'What is thing 42?',
      options: {
        cwd: home,
        model: 'claude-sonnet-4-5',
        maxTurns: 5,
        settingSources: [],
        mcpServers: { toolrouter: await session.tools() },
        allowedTools: ['mcp__toolrouter__*'],
        env: {
          PATH: process.env.PATH,
          HOME: home,
          ANTHROPIC_BASE_URL: messagesApi.url,
          ANTHROPIC_API_KEY: 'sk-ant-test',
          CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
          DISABLE_AUTOUPDATER: '1',
          DISABLE_TELEMETRY: '1',
          // Anything bound elsewhere than the local API goes to a proxy that refuses and records it.
          HTTPS_PROXY: messagesApi.url,
          HTTP_PROXY: messagesApi.url,
          NO_PROXY: '127.0.0.1',
        },
      },
    })) {
      messages.push(message);
    }

    const result = messages.at(-1);
    expect(result).toMatchObject({ type: 'result', subtype: 'success', result: SCRIPTED_ANSWER });
    const toolCalls = messages.flatMap((message) =>
      message.type === 'assistant'
        ? message.message.content.flatMap((block) => (block.type === 'tool_use' ? [block.name] : []))
        : [],
    );
    expect(toolCalls).toEqual([
      'mcp__toolrouter__TOOLROUTER_SEARCH_TOOLS',
      'mcp__toolrouter__TOOLROUTER_MULTI_EXECUTE_TOOL',
    ]);
    const offered = messagesApi.requests.find((request) =>
      request.body?.tools?.some((tool) => tool.name === 'mcp__toolrouter__TOOLROUTER_SEARCH_TOOLS'),
    );
    const search = offered?.body?.tools?.find(
      (tool) => tool.name === 'mcp__toolrouter__TOOLROUTER_SEARCH_TOOLS',
    );
    expect(search?.input_schema).toEqual(SEARCH_TOOLS_INPUT_SCHEMA);
    expect(messagesApi.proxied).toEqual([]);
    expect(messagesApi.requests.every((request) => request.path.startsWith('/v1/messages'))).toBe(true);
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  }, 120_000);
});
