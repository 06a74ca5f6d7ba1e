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
  AnthropicMessageLike,
  AnthropicTool,
  AnthropicToolResultBlock,
  AnthropicToolUseBlock,
} from './anthropic-types.ts';

export interface HandleToolCallsOptions extends ExecuteToolOptions {
  /**
   * The tools you gave the model (`session.tools(modifiers)`): calls then run through them, so their
   * modifiers apply, and a call to any other name gets an error result without running. Without it calls
   * run with `session.execute` and `options.modifiers`.
   */
  tools?: readonly AnthropicTool[];
}

/** The execute each wrapped tool came with, kept out of the object the API receives. */
const boundExecutes = new WeakMap<AnthropicTool, ExecuteTool>();

/**
 * Wraps a session's tools for the Anthropic Messages API, with no run-time dependency on
 * `@anthropic-ai/sdk`: `session.tools()` is a list of client tools (`name`, `description`, the JSON
 * Schema as `input_schema`), and `handleToolCalls` runs a message's `tool_use` blocks in parallel and
 * returns the `tool_result` blocks for the next user message, in order. Each call is caught on its own:
 * one that fails or throws gets `is_error: true` and never loses the others; an aborted `signal` rejects.
 * The tools also run in the SDK's own loop, `anthropic.beta.messages.toolRunner({ tools })`.
 *
 * @example
 * import Anthropic from '@anthropic-ai/sdk';
 *
 * const provider = new AnthropicProvider();
 * const router = new ToolRouter({ provider });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const tools = await session.tools();
 * const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'Star anthropics/anthropic-sdk-typescript.' }];
 * let message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages, tools });
 * while (message.stop_reason === 'tool_use') {
 *   messages.push({ role: 'assistant', content: message.content });
 *   messages.push({ role: 'user', content: await provider.handleToolCalls(session, message, { tools }) });
 *   message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages, tools });
 * }
 */
export class AnthropicProvider implements Provider<AnthropicTool, AnthropicTool[]> {
  readonly name = 'anthropic';

  wrapTool(tool: Tool, execute: ExecuteTool): AnthropicTool {
    const definition = {
      name: tool.slug,
      description: tool.description,
      input_schema: tool.inputSchema as AnthropicTool['input_schema'],
    };
    const run: AnthropicTool['run'] = async (input, context) =>
      toolResultContent(await execute(tool.slug, input, context?.signal ? { signal: context.signal } : {}));
    const parse: AnthropicTool['parse'] = (input) => input;
    // Not enumerable: the API gets the definition alone, and the tool runner still finds `run`.
    const wrapped = Object.defineProperties(definition, {
      run: { value: run },
      parse: { value: parse },
    }) as AnthropicTool;
    boundExecutes.set(wrapped, execute);
    return wrapped;
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): AnthropicTool[] {
    return tools.map((tool) => this.wrapTool(tool, execute));
  }

  /** Runs every `tool_use` block of the message, in parallel, and returns their `tool_result` blocks in order. */
  async handleToolCalls(
    session: ToolExecutor,
    message: AnthropicMessageLike,
    { tools, ...options }: HandleToolCallsOptions = {},
  ): Promise<AnthropicToolResultBlock[]> {
    const calls = message.content.filter(isToolUse);
    return Promise.all(
      calls.map(async (call): Promise<AnthropicToolResultBlock> => {
        const result = await runCall(session, call, tools, options);
        return {
          type: 'tool_result',
          tool_use_id: call.id,
          content: toolResultContent(result),
          ...(result.successful ? {} : { is_error: true }),
        };
      }),
    );
  }
}

type CallResult = Pick<ToolExecutionResult, 'successful' | 'data' | 'error'>;

async function runCall(
  session: ToolExecutor,
  call: AnthropicToolUseBlock,
  tools: readonly AnthropicTool[] | undefined,
  options: ExecuteToolOptions,
): Promise<CallResult> {
  const tool = tools?.find((candidate) => candidate.name === call.name);
  const execute = tool && boundExecutes.get(tool);
  // A name outside the tools the model was given must not run through the session, around their modifiers.
  if (tools && !execute) {
    return {
      successful: false,
      data: null,
      error: `Tool '${call.name}' is not one of the tools you were given; call one of those.`,
    };
  }
  try {
    if (!execute) return await session.execute(call.name, call.input, options);
    // The options a wrapped tool takes (its modifiers are already bound): the signal, and the account.
    const { modifiers: _modifiers, ...toolOptions } = options;
    return await execute(call.name, call.input, toolOptions);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { successful: false, data: null, error: error instanceof Error ? error.message : String(error) };
  }
}

function isToolUse(block: { type: string }): block is AnthropicToolUseBlock {
  const call = block as Partial<AnthropicToolUseBlock>;
  return call.type === 'tool_use' && typeof call.name === 'string' && typeof call.id === 'string';
}
