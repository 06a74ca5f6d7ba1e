import type { Tool as MastraTool, ToolExecutionContext } from '@mastra/core/tools';
import { createTool } from '@mastra/core/tools';
import {
  type ExecuteTool,
  type Provider,
  type Tool,
  type ToolExecutionResult,
  toolResultContent,
} from '@toolrouter/core';

type MastraInputSchema = NonNullable<Parameters<typeof createTool>[0]['inputSchema']>;

/** One wrapped tool: a Mastra tool whose input is the toolrouter tool's JSON Schema and whose output is the full result. */
export type MastraToolrouterTool = MastraTool<Record<string, unknown>, ToolExecutionResult>;

/** What `session.tools()` returns: Mastra tools keyed by slug, for `new Agent({ tools })`. */
export type MastraToolSet = Record<string, MastraToolrouterTool>;

/**
 * Wraps a session's tools for Mastra: `session.tools()` is a record of `createTool` tools keyed by slug,
 * for `new Agent({ tools })` or `agent.generate(..., { toolsets })`. The input schema is the tool's JSON
 * Schema as is (Mastra validates it with Ajv and sends it to the model unchanged; no Zod round trip).
 * A tool's output in the run is the full `ToolExecutionResult` (with `logId`); the model reads
 * `{ successful, data, error }` as JSON text. The run's abort signal reaches the execution.
 *
 * @example
 * import { Agent } from '@mastra/core/agent';
 *
 * const router = new ToolRouter({ provider: new MastraProvider() });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const agent = new Agent({ id: 'assistant', name: 'Assistant', instructions: 'Help the user.', model: 'openai/gpt-5', tools: await session.tools() });
 * const { text } = await agent.generate('Star mastra-ai/mastra for me.');
 */
export class MastraProvider implements Provider<MastraToolrouterTool, MastraToolSet> {
  readonly name = 'mastra';

  wrapTool(tool: Tool, execute: ExecuteTool): MastraToolrouterTool {
    return createTool({
      id: tool.slug,
      description: tool.description,
      // A plain JSON Schema object is one of the schema kinds createTool takes (validated with Ajv).
      inputSchema: tool.inputSchema as MastraInputSchema,
      execute: (input: unknown, context?: ToolExecutionContext) =>
        execute(tool.slug, input, context?.abortSignal ? { signal: context.abortSignal } : {}),
      toModelOutput: (output: unknown) => ({
        type: 'text',
        value: toolResultContent(output as ToolExecutionResult),
      }),
    }) as unknown as MastraToolrouterTool;
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): MastraToolSet {
    return Object.fromEntries(tools.map((tool) => [tool.slug, this.wrapTool(tool, execute)]));
  }
}
