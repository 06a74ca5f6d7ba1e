import type { OpenAIChatCompletionLike } from '../provider/openai-provider.ts';

/** One tool call a model makes: its id, the tool's name and the arguments (serialised unless a string). */
export interface ModelToolCall {
  id: string;
  name: string;
  arguments: string | Record<string, unknown>;
}

/**
 * A chat completion whose one choice makes these tool calls, as `provider.handleToolCalls` reads it.
 *
 * @example
 * await router.provider.handleToolCalls(session, completionWithToolCalls({ id: 'call_1', name: 'ECHO_GET', arguments: { id: 'x' } }));
 */
export function completionWithToolCalls(...calls: ModelToolCall[]): OpenAIChatCompletionLike {
  return {
    choices: [
      {
        message: {
          tool_calls: calls.map((call) => ({
            id: call.id,
            function: {
              name: call.name,
              arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
            },
          })),
        },
      },
    ],
  };
}
