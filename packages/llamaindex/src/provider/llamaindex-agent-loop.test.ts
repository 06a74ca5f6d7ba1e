import {
  connectedEchoRouter,
  type EchoApi,
  nextScriptedStep,
  SCRIPTED_ANSWER,
  type ScriptedStep,
  startConformanceEchoApi,
} from '@internal/provider-conformance';
import {
  type ChatMessage,
  type ChatResponse,
  type ChatResponseChunk,
  type LLMChatParamsNonStreaming,
  type LLMChatParamsStreaming,
  type LLMMetadata,
  ToolCallLLM,
  type ToolCallLLMMessageOptions,
} from '@llamaindex/core/llms';
import { agent } from '@llamaindex/workflow';
import { MULTI_EXECUTE_SLUG, SEARCH_TOOLS_INPUT_SCHEMA } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LlamaIndexProvider } from './llamaindex-provider.ts';

let api: EchoApi;
beforeAll(async () => {
  api = await startConformanceEchoApi();
});
afterAll(() => api.close());

/**
 * What the model does next, read from the tool results as LlamaIndex's agent shows them: the agent
 * renders a tool's output with `JSON.stringify` and then strips every double quote
 * (`stringifyJSONToMessageContent`), so the model reads `{\successful\:true,...}`, not JSON. Like a model,
 * this reads the fields it needs out of that text: search, run the tool search found, then answer.
 */
function nextStep(toolResults: string[]): ScriptedStep {
  if (toolResults.length === 0) return nextScriptedStep([]);
  if (toolResults.length === 1) {
    const slug = /primary_tool_slugs\\*:\[\\*([A-Z_]+)/.exec(toolResults[0]!)?.[1];
    if (!slug) return { text: `Search failed: ${toolResults[0]}` };
    return { tool: MULTI_EXECUTE_SLUG, args: { tools: [{ tool_slug: slug, arguments: { id: '42' } }] } };
  }
  const run = toolResults[1]!;
  const slug = /tool_slug\\*:\\*([A-Z_]+)/.exec(run)?.[1];
  const path = /path\\*:\\*([^\\,}]+)/.exec(run)?.[1];
  const account = /account\\*:\\*([^\\,}]+)/.exec(run)?.[1];
  return { text: `${slug} read ${path} as ${account}.` };
}

/**
 * A LlamaIndex tool-calling LLM that follows the toolrouter script, reading the tool results the agent
 * sends back (`options.toolResult` of its messages), and recording the tools it was given.
 */
class ScriptedLLM extends ToolCallLLM {
  supportToolCall = true;
  metadata: LLMMetadata = {
    model: 'scripted',
    temperature: 0,
    topP: 1,
    contextWindow: 100_000,
    tokenizer: undefined,
    structuredOutput: false,
  };
  readonly calls: Array<{ tools: Array<{ metadata: { name: string; parameters?: unknown } }> }> = [];
  readonly toolResults: string[] = [];

  chat(params: LLMChatParamsStreaming): Promise<AsyncIterable<ChatResponseChunk>>;
  chat(params: LLMChatParamsNonStreaming): Promise<ChatResponse>;
  async chat(
    params: LLMChatParamsStreaming | LLMChatParamsNonStreaming,
  ): Promise<AsyncIterable<ChatResponseChunk> | ChatResponse> {
    this.calls.push({ tools: (params.tools ?? []) as never });
    const results = params.messages.flatMap((message: ChatMessage<ToolCallLLMMessageOptions>) =>
      message.options && 'toolResult' in message.options ? [message.options.toolResult] : [],
    );
    this.toolResults.splice(0, this.toolResults.length, ...results.map((result) => result.result));
    const step = nextStep(results.map((result) => result.result));
    const index = this.calls.length;
    const options = toolCallOptions(step, index);
    const text = 'text' in step ? step.text : '';
    if (!params.stream) return { message: { role: 'assistant', content: text, options }, raw: null };
    return (async function* () {
      yield { delta: text, raw: null, options };
    })();
  }
}

function toolCallOptions(step: ScriptedStep, index: number) {
  if ('text' in step) return {};
  return { toolCall: [{ id: `call_${index}`, name: step.tool, input: step.args as never }] };
}

describe('LlamaIndexProvider in a LlamaIndex agent workflow', () => {
  it('runs search then multi-execute through the agent loop and answers with the API data', async () => {
    const router = await connectedEchoRouter(api.url, new LlamaIndexProvider());
    const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
    const llm = new ScriptedLLM();
    const assistant = agent({ llm, tools: await session.tools() });

    const result = await assistant.run('What is thing 42?');

    expect(result.data.result).toBe(SCRIPTED_ANSWER);
    expect(llm.calls).toHaveLength(3);
    const search = llm.calls[0]!.tools.find((tool) => tool.metadata.name === 'TOOLROUTER_SEARCH_TOOLS');
    expect(search?.metadata.parameters).toEqual(SEARCH_TOOLS_INPUT_SCHEMA);
    // The model read LlamaIndex's quote-stripped rendering of the JSON text the tool answered.
    expect(llm.toolResults[1]).toContain('successful\\:true');
    expect(llm.toolResults[1]).not.toContain('logId');
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/things/42', account: 'alice-account' });
    await router.close();
  });
});
