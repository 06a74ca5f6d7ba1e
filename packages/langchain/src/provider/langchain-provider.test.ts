import {
  modelView,
  recordingExecute,
  runProviderConformance,
  sampleResult,
  sampleTool,
} from '@internal/provider-conformance';
import { isBaseMessage, ToolMessage } from '@langchain/core/messages';
import { parseToolCall } from '@langchain/core/output_parsers/openai_tools';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';
import { describe, expect, it } from 'vitest';
import { LangchainProvider, type LangchainTool } from './langchain-provider.ts';

/**
 * Runs a tool as a LangChain agent does: the chat model's raw tool call (JSON text) becomes a
 * `ToolCall` with parsed args, and the tool is invoked with it; the model reads the ToolMessage content.
 */
async function invokeLikeToolNode(
  tool: LangchainTool,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const toolCall =
    typeof args === 'string'
      ? parseToolCall(
          { id: 'call_1', type: 'function', function: { name: tool.name, arguments: args } },
          { returnId: true },
        )
      : { id: 'call_1', name: tool.name, args, type: 'tool_call' as const };
  const output = await tool.invoke(toolCall, signal ? { signal } : {});
  return isBaseMessage(output) ? output.content : output;
}

runProviderConformance({
  name: 'langchain',
  createProvider: () => new LangchainProvider(),
  inspect: (tools) =>
    tools.map((tool) => {
      const definition = convertToOpenAITool(tool);
      return {
        name: definition.function.name,
        description: definition.function.description ?? '',
        parameters: definition.function.parameters,
        tool,
      };
    }),
  invoke: (tool, args, { signal }) => invokeLikeToolNode(tool, args, signal),
  thrownErrors: 'rejects',
});

describe('LangchainProvider specifics', () => {
  it('answers a tool call with a ToolMessage: content for the model, the full result as artifact, error status on failure', async () => {
    const failed = sampleResult({ successful: false, data: null, error: 'Not found.' });
    const tool = new LangchainProvider().wrapTool(
      sampleTool,
      recordingExecute({ kind: 'result', result: failed }).execute,
    );
    const message = await tool.invoke({
      id: 'call_7',
      name: sampleTool.slug,
      args: { project: 'web' },
      type: 'tool_call',
    });
    expect(message).toBeInstanceOf(ToolMessage);
    expect(message).toMatchObject({
      tool_call_id: 'call_7',
      name: sampleTool.slug,
      status: 'error',
      artifact: failed,
    });
    expect(modelView(message.content)).toEqual({ successful: false, data: null, error: 'Not found.' });
  });

  it('answers plain arguments with the content alone', async () => {
    const tool = new LangchainProvider().wrapTool(sampleTool, recordingExecute().execute);
    const output = await tool.invoke({ project: 'web' });
    expect(typeof output).toBe('string');
    expect(modelView(output)).toMatchObject({ successful: true });
  });

  it('rejects input that breaks the schema before running, naming the field', async () => {
    const recorder = recordingExecute();
    const tool = new LangchainProvider().wrapTool(sampleTool, recorder.execute);
    await expect(tool.invoke({ project: 'web', limit: 'many' })).rejects.toThrow(/limit/);
    expect(recorder.calls).toHaveLength(0);
  });
});
