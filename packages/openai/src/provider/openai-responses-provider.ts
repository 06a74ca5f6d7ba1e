import {
  type ExecuteTool,
  type ExecuteToolOptions,
  type Provider,
  type Tool,
  type ToolExecutionResult,
  type ToolExecutor,
  toolResultContent,
} from '@toolrouter/core';
import type {
  ResponseLike,
  ResponsesFunctionCall,
  ResponsesFunctionCallOutput,
  ResponsesFunctionTool,
} from './responses-types.ts';

export interface HandleToolCallsOptions extends ExecuteToolOptions {
  /**
   * The tools you gave the model (`session.tools(modifiers)`): calls then run through them, so their
   * modifiers apply, and a call to any other name gets a failed output without running. Without it calls
   * run with `session.execute` and `options.modifiers`.
   */
  tools?: readonly ResponsesFunctionTool[];
}

/** The execute each wrapped tool came with, kept out of the object the API receives. */
const boundExecutes = new WeakMap<ResponsesFunctionTool, ExecuteTool>();

/**
 * Wraps a session's tools for the OpenAI Responses API, with no dependency on `openai`:
 * `session.tools()` is a list of function tools (`strict: false`, the JSON Schema as parameters), and
 * `handleToolCalls` runs a response's `function_call` items and returns the `function_call_output`
 * items to send next, in order. A call whose run throws gets a failed result, so every call has its
 * output; an aborted `signal` rejects.
 *
 * @example
 * import OpenAI from 'openai';
 *
 * const provider = new OpenAIResponsesProvider();
 * const router = new ToolRouter({ provider });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const tools = await session.tools();
 * const input: OpenAI.Responses.ResponseInput = [{ role: 'user', content: 'Star openai/openai-node for me.' }];
 * let response = await openai.responses.create({ model: 'gpt-5', input, tools });
 * while (response.output.some((item) => item.type === 'function_call')) {
 *   input.push(...response.output, ...(await provider.handleToolCalls(session, response, { tools })));
 *   response = await openai.responses.create({ model: 'gpt-5', input, tools });
 * }
 * console.log(response.output_text);
 */
export class OpenAIResponsesProvider implements Provider<ResponsesFunctionTool, ResponsesFunctionTool[]> {
  readonly name = 'openai-responses';

  wrapTool(tool: Tool, execute: ExecuteTool): ResponsesFunctionTool {
    const wrapped: ResponsesFunctionTool = {
      type: 'function',
      name: tool.slug,
      description: tool.description,
      parameters: tool.inputSchema,
      strict: false,
    };
    boundExecutes.set(wrapped, execute);
    return wrapped;
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): ResponsesFunctionTool[] {
    return tools.map((tool) => this.wrapTool(tool, execute));
  }

  /** Runs every `function_call` of the response, in parallel, and returns their outputs in order. */
  async handleToolCalls(
    session: ToolExecutor,
    response: ResponseLike,
    { tools, ...options }: HandleToolCallsOptions = {},
  ): Promise<ResponsesFunctionCallOutput[]> {
    const calls = response.output.filter(isFunctionCall);
    return Promise.all(
      calls.map(async (call) => {
        const tool = tools?.find((candidate) => candidate.name === call.name);
        const execute = tool && boundExecutes.get(tool);
        let result: Omit<ToolExecutionResult, 'logId'>;
        // A name outside the tools the model was given must not run through the session, around their modifiers.
        if (tools && !execute) {
          return {
            type: 'function_call_output',
            call_id: call.call_id,
            output: toolResultContent({
              successful: false,
              data: null,
              error: `Tool '${call.name}' is not one of the tools you were given; call one of those.`,
            } as ToolExecutionResult),
          };
        }
        try {
          result = execute
            ? await execute(call.name, call.arguments, {
                ...(options.signal ? { signal: options.signal } : {}),
                ...(options.account !== undefined ? { account: options.account } : {}),
              })
            : await session.execute(call.name, call.arguments, options);
        } catch (error) {
          if (options.signal?.aborted) throw error;
          result = {
            successful: false,
            data: null,
            error: error instanceof Error ? error.message : String(error),
          };
        }
        return {
          type: 'function_call_output',
          call_id: call.call_id,
          output: toolResultContent(result as ToolExecutionResult),
        };
      }),
    );
  }
}

function isFunctionCall(item: { type: string }): item is ResponsesFunctionCall {
  const call = item as Partial<ResponsesFunctionCall>;
  return call.type === 'function_call' && typeof call.name === 'string' && typeof call.call_id === 'string';
}
