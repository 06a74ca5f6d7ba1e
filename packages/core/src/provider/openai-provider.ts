import type { Tool } from '../catalog/tool.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ExecuteTool, Provider } from './provider.ts';
import { toolResultContent } from './tool-result-content.ts';

const executors = new WeakMap<OpenAIChatTool, ExecuteTool>();

/** A chat-completions function tool (`tools` of `openai.chat.completions.create`). */
export interface OpenAIChatTool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown>; strict?: boolean };
}

/** The part of a chat completion `handleToolCalls` reads. */
export interface OpenAIChatCompletionLike {
  choices: Array<{
    message?: {
      tool_calls?: Array<{
        id: string;
        type?: string;
        function?: { name: string; arguments: string };
      }> | null;
    };
  }>;
}

/** A `tool` message answering one tool call. */
export interface OpenAIToolMessage {
  role: 'tool';
  tool_call_id: string;
  content: string;
}

/** Anything with `execute` (a toolrouter session). */
export interface ToolExecutor {
  execute(toolSlug: string, args: unknown, options?: ExecuteToolOptions): Promise<ToolExecutionResult>;
}

/**
 * The default provider: OpenAI chat-completions function tools, with no dependency on `openai`.
 *
 * @example
 * const router = new ToolRouter(); // OpenAIProvider by default
 * const session = await router.create('user_123');
 * const completion = await openai.chat.completions.create({ model, messages, tools: await session.tools() });
 * messages.push(completion.choices[0].message, ...(await new OpenAIProvider().handleToolCalls(session, completion)));
 */
export class OpenAIProvider implements Provider<OpenAIChatTool, OpenAIChatTool[]> {
  readonly name = 'openai';

  wrapTool(tool: Tool, execute: ExecuteTool): OpenAIChatTool {
    const wrapped: OpenAIChatTool = {
      type: 'function',
      function: {
        name: tool.slug,
        description: tool.description,
        parameters: tool.inputSchema,
        strict: false,
      },
    };
    // Remembered so handleToolCalls({ tools }) runs calls with the modifiers of session.tools().
    executors.set(wrapped, execute);
    return wrapped;
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): OpenAIChatTool[] {
    return tools.map((tool) => this.wrapTool(tool, execute));
  }

  /**
   * Runs every tool call of the first choice and returns the `tool` messages to append, in order;
   * a call that throws becomes a failed result, so every call gets its message. Pass the `tools`
   * that `session.tools(modifiers)` returned to run the calls with those modifiers, and `account`
   * to run them with one of the user's accounts.
   */
  async handleToolCalls(
    session: ToolExecutor,
    completion: OpenAIChatCompletionLike,
    options: ExecuteToolOptions & { tools?: readonly OpenAIChatTool[] } = {},
  ): Promise<OpenAIToolMessage[]> {
    const { tools, ...executeOptions } = options;
    const callOptions = {
      ...(executeOptions.signal ? { signal: executeOptions.signal } : {}),
      ...(executeOptions.account !== undefined ? { account: executeOptions.account } : {}),
    };
    const calls = completion.choices[0]?.message?.tool_calls ?? [];
    return Promise.all(
      calls
        .filter((call) => call.function)
        .map(async (call) => {
          const { name, arguments: args } = call.function!;
          let result: Pick<ToolExecutionResult, 'successful' | 'data' | 'error'>;
          // The model may only run what it was given: a name outside `tools` would otherwise skip
          // the modifiers (often a policy guard) those tools carry.
          const wrapped = tools?.find((tool) => tool.function.name === name);
          const execute = wrapped && executors.get(wrapped);
          try {
            if (tools && !execute) {
              result = {
                successful: false,
                data: null,
                error: `Tool '${name}' is not among the tools given to the model; call one of: ${tools.map((tool) => tool.function.name).join(', ')}.`,
              };
            } else {
              result = execute
                ? await execute(name, args, callOptions)
                : await session.execute(name, args, executeOptions);
            }
          } catch (error) {
            // One call that throws must not lose the answers of the others: the model reads it as a result.
            if (executeOptions.signal?.aborted) throw error;
            result = {
              successful: false,
              data: null,
              error: error instanceof Error ? error.message : String(error),
            };
          }
          return { role: 'tool' as const, tool_call_id: call.id, content: toolResultContent(result) };
        }),
    );
  }
}
