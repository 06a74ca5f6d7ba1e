import { tool as agentTool, type FunctionTool } from '@openai/agents';
import {
  type ExecuteTool,
  type Provider,
  type Tool,
  type ToolExecutionResult,
  toolResultContent,
} from '@toolrouter/core';
import { restoreStrictArguments } from '../strict/restore-strict-arguments.ts';
import { toStrictJsonSchema } from '../strict/to-strict-json-schema.ts';

/** One wrapped tool: an `@openai/agents` function tool whose result is JSON text. */
export type OpenAIAgentsTool = FunctionTool<unknown, any, string>;

/** The JSON Schema shape the SDK's types expect for `strict: false` tools. */
type NonStrictParameters = Extract<FunctionTool['parameters'], { additionalProperties: true }>;

export interface OpenAIAgentsProviderOptions {
  /**
   * Send tools in OpenAI strict mode: schemas are rewritten into what strict mode accepts (see
   * `toStrictJsonSchema`) and the model's nulls for omitted fields are removed before execution.
   * Default false: the JSON Schema goes to the model as is.
   */
  strict?: boolean;
}

/**
 * Wraps a session's tools for the OpenAI Agents SDK: `session.tools()` is a `FunctionTool[]` for
 * `new Agent({ tools })`. Each tool carries the JSON Schema as its parameters (`strict: false` unless
 * `{ strict: true }`), receives the run's abort signal, returns `{ successful, data, error }` as JSON
 * text, and reports an error thrown while running in that same shape through the SDK's `errorFunction`.
 *
 * @example
 * import { Agent, run } from '@openai/agents';
 *
 * const router = new ToolRouter({ provider: new OpenAIAgentsProvider() });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const agent = new Agent({ name: 'Assistant', model: 'gpt-5', tools: await session.tools() });
 * const result = await run(agent, 'Star the repository openai/openai-agents-js for me.');
 * console.log(result.finalOutput);
 */
export class OpenAIAgentsProvider implements Provider<OpenAIAgentsTool, OpenAIAgentsTool[]> {
  readonly name = 'openai-agents';
  readonly strict: boolean;

  constructor({ strict = false }: OpenAIAgentsProviderOptions = {}) {
    this.strict = strict;
  }

  wrapTool(tool: Tool, execute: ExecuteTool): OpenAIAgentsTool {
    const strict = this.strict;
    const parameters = strict ? toStrictJsonSchema(tool.inputSchema) : tool.inputSchema;
    const wrapped = agentTool({
      name: tool.slug,
      description: tool.description,
      // The SDK's types ask non-strict schemas for `additionalProperties: true`; any JSON Schema works at run time.
      parameters: parameters as NonStrictParameters,
      strict: false,
      execute: async (input, _context, details) => {
        const args = strict ? restoreStrictArguments(tool.inputSchema, input) : input;
        const result = await execute(tool.slug, args, details?.signal ? { signal: details.signal } : {});
        return toolResultContent(result);
      },
      errorFunction: (_context, error) =>
        toolResultContent({
          successful: false,
          data: null,
          error: errorMessage(error),
        } as ToolExecutionResult),
    });
    // The schema is already strict: the SDK sends it with `strict: true` and parses input as plain JSON.
    return strict ? { ...wrapped, strict: true } : wrapped;
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): OpenAIAgentsTool[] {
    return tools.map((tool) => this.wrapTool(tool, execute));
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
