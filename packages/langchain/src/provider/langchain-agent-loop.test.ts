import {
  connectedEchoRouter,
  type EchoApi,
  nextScriptedStep,
  SCRIPTED_ANSWER,
  startConformanceEchoApi,
  waitingTool,
} from '@internal/provider-conformance';
import { AIMessage, type BaseMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { ToolNode } from '@langchain/langgraph/prebuilt';
import { createAgent } from 'langchain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LangchainProvider } from './langchain-provider.ts';

let api: EchoApi;
beforeAll(async () => {
  api = await startConformanceEchoApi();
});
afterAll(() => api.close());

/** LangChain's own fake chat model, answering each turn from the ToolMessages the agent sent back. */
function toolRouterModel() {
  let calls = 0;
  const respond = (messages: BaseMessage[]) => {
    calls += 1;
    const outputs = messages.filter(ToolMessage.isInstance).map((message) => message.text);
    const step = nextScriptedStep(outputs);
    if ('text' in step) return new AIMessage(step.text);
    return new AIMessage({
      content: '',
      tool_calls: [{ id: `call_${calls}`, name: step.tool, args: step.args, type: 'tool_call' }],
    });
  };
  return fakeModel().respond(respond).respond(respond).respond(respond);
}

describe('LangchainProvider in createAgent', () => {
  it('runs search then multi-execute through the agent graph and answers with the API data', async () => {
    const router = await connectedEchoRouter(api.url, new LangchainProvider());
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const model = toolRouterModel();
    const agent = createAgent({ model, tools: await session.tools() });

    const result = await agent.invoke({ messages: [{ role: 'user', content: 'What is thing 42?' }] });

    expect(result.messages.at(-1)?.text).toBe(SCRIPTED_ANSWER);
    const toolMessages = result.messages.filter(ToolMessage.isInstance);
    expect(toolMessages.map((message) => [message.name, message.status])).toEqual([
      ['TOOLROUTER_SEARCH_TOOLS', 'success'],
      ['TOOLROUTER_MULTI_EXECUTE_TOOL', 'success'],
    ]);
    expect(toolMessages[1]!.artifact).toMatchObject({
      successful: true,
      logId: expect.stringMatching(/^log_/),
    });
    expect(model.callCount).toBe(3);
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });

  it('hands the run signal to the running tool', async () => {
    const router = await connectedEchoRouter(api.url, new LangchainProvider());
    const waiting = waitingTool();
    await router.tools.create(waiting.definition);
    const session = await router.create('alice', {
      toolkits: ['echo'],
      manageConnections: false,
      preload: { tools: ['ECHO_WAIT'] },
    });
    const model = fakeModel().respondWithTools([{ name: 'ECHO_WAIT', args: {}, id: 'call_1' }]);
    const agent = createAgent({ model, tools: await session.tools() });
    const controller = new AbortController();
    void waiting.started.then(() => controller.abort(new Error('stopped by the user')));

    await expect(
      agent.invoke({ messages: [{ role: 'user', content: 'wait' }] }, { signal: controller.signal }),
    ).rejects.toThrow();
    expect(waiting.signalAborted()).toBe(true);
    await router.close();
  });

  it("works as a LangGraph ToolNode's tools, errors becoming error ToolMessages", async () => {
    const router = await connectedEchoRouter(api.url, new LangchainProvider());
    const session = await router.create('alice', {
      toolkits: ['echo'],
      manageConnections: false,
      preload: { tools: ['ECHO_GET'] },
    });
    const node = new ToolNode(await session.tools());
    const request = new AIMessage({
      content: '',
      tool_calls: [
        { id: 'call_1', name: 'ECHO_GET', args: { id: '7' }, type: 'tool_call' },
        { id: 'call_2', name: 'ECHO_GET', args: { id: 7 }, type: 'tool_call' },
      ],
    });

    const { messages } = (await node.invoke({ messages: [request] })) as { messages: ToolMessage[] };

    expect(messages.map((message) => [message.tool_call_id, message.status])).toEqual([
      ['call_1', 'success'],
      ['call_2', 'error'],
    ]);
    expect(JSON.parse(messages[0]!.text)).toMatchObject({
      successful: true,
      data: { path: '/things/7', account: 'alice-account' },
    });
    expect(messages[1]!.text).toMatch(/id/);
    await router.close();
  });
});
