import type { JSONValue } from '@llamaindex/core/global';
import { FunctionTool } from '@llamaindex/core/tools';
import { type ExecuteTool, type Provider, type Tool, toolResultContent } from '@toolrouter/core';

/** What a tool takes besides its input, through `tool.bind(...)`: the signal of the run it belongs to. */
export interface LlamaIndexToolContext {
  signal?: AbortSignal;
}

/** One wrapped tool: a LlamaIndex `FunctionTool` with the toolrouter tool's JSON Schema as `parameters`. */
export type LlamaIndexTool = FunctionTool<Record<string, unknown>, Promise<JSONValue>, LlamaIndexToolContext>;

/**
 * Wraps a session's tools for LlamaIndex.TS: `session.tools()` is an array of `FunctionTool`s with the
 * JSON Schema as `parameters` (no Zod round trip), for `agent({ llm, tools })` of `@llamaindex/workflow`
 * or `llm.exec({ tools })`. A tool answers with `{ successful, data, error }` as JSON text; errors thrown while
 * running reject, and the agent reports them to the model as a tool error. LlamaIndex gives tools no
 * abort signal of their own: bind one per run with `tool.bind({ signal })`.
 *
 * @example
 * import { agent } from '@llamaindex/workflow';
 * import { openai } from '@llamaindex/openai';
 *
 * const router = new ToolRouter({ provider: new LlamaIndexProvider() });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const assistant = agent({ llm: openai({ model: 'gpt-5' }), tools: await session.tools() });
 * const result = await assistant.run('Star run-llama/LlamaIndexTS for me.');
 */
export class LlamaIndexProvider implements Provider<LlamaIndexTool, LlamaIndexTool[]> {
  readonly name = 'llamaindex';

  wrapTool(tool: Tool, execute: ExecuteTool): LlamaIndexTool {
    return new FunctionTool(
      async (input: Record<string, unknown>, context?: LlamaIndexToolContext): Promise<JSONValue> => {
        const result = await execute(tool.slug, input, context?.signal ? { signal: context.signal } : {});
        // JSON text, not the object: the agent's JSON-value check rejects any object holding a null.
        return toolResultContent(result);
      },
      {
        name: tool.slug,
        description: tool.description,
        // JSON Schema goes to the model as is. FunctionTool types it as Ajv's JSONSchemaType of the input,
        // which a schema known only at run time cannot be checked against.
        parameters: tool.inputSchema as never,
      },
    );
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): LlamaIndexTool[] {
    return tools.map((tool) => this.wrapTool(tool, execute));
  }
}
