import { type OpenAIChatTool, OpenAIProvider, type ToolExecutor } from '@toolrouter/core';
import { runProviderConformance } from './run-provider-conformance.ts';

/** A session that must not be used: calls of tools passed in `tools` run through those tools. */
const unusedSession: ToolExecutor = {
  execute: () => Promise.reject(new Error('session.execute was called instead of the tool')),
};

/** Runs a tool as a chat-completions loop does: one tool call, handled with the tools given to the model. */
async function invokeLikeChatCompletionsLoop(
  tool: OpenAIChatTool,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const completion = {
    choices: [
      {
        message: {
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: {
                name: tool.function.name,
                arguments: typeof args === 'string' ? args : JSON.stringify(args),
              },
            },
          ],
        },
      },
    ],
  };
  const [message] = await new OpenAIProvider().handleToolCalls(unusedSession, completion, {
    tools: [tool],
    ...(signal ? { signal } : {}),
  });
  return message!.content;
}

// The default provider of core (no framework dependency) runs the same suite as the provider packages.
runProviderConformance({
  name: 'openai (core default, chat completions)',
  createProvider: () => new OpenAIProvider(),
  inspect: (tools) =>
    tools.map((tool) => ({
      name: tool.function.name,
      description: tool.function.description,
      parameters: tool.function.parameters,
      tool,
    })),
  invoke: (tool, args, { signal }) => invokeLikeChatCompletionsLoop(tool, args, signal),
  thrownErrors: 'result',
});
