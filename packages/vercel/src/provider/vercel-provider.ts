import {
  type ExecuteTool,
  type Provider,
  type Tool,
  type ToolExecutionResult,
  toolResultContent,
} from '@toolrouter/core';
import { type Tool as AiTool, dynamicTool, type JSONSchema7, jsonSchema, type ToolSet } from 'ai';

/**
 * Wraps a session's tools for the Vercel AI SDK: `session.tools()` is an `ai` `ToolSet` keyed by tool
 * slug, ready for `generateText`, `streamText` or an `Agent`. Each tool is a `dynamicTool` whose input
 * schema is the tool's JSON Schema as is (no Zod round trip); `execute` receives the step's abort
 * signal and returns the full `ToolExecutionResult` (so `logId` is in your step results), while the
 * model reads `{ successful, data, error }` as JSON text.
 *
 * @example
 * import { generateText, stepCountIs } from 'ai';
 * import { openai } from '@ai-sdk/openai';
 *
 * const router = new ToolRouter({ provider: new VercelProvider() });
 * const session = await router.create('user_123', { toolkits: ['github'] });
 * const { text } = await generateText({
 *   model: openai('gpt-5'),
 *   tools: await session.tools(),
 *   stopWhen: stepCountIs(8),
 *   prompt: 'Star the repository vercel/ai for me.',
 * });
 */
export class VercelProvider implements Provider<AiTool, ToolSet> {
  readonly name = 'vercel';

  wrapTool(tool: Tool, execute: ExecuteTool): AiTool {
    return dynamicTool({
      description: tool.description,
      inputSchema: jsonSchema(tool.inputSchema as JSONSchema7),
      execute: (input, { abortSignal }) =>
        execute(tool.slug, input, abortSignal ? { signal: abortSignal } : {}),
      toModelOutput: ({ output }) => ({
        type: 'text',
        value: toolResultContent(output as ToolExecutionResult),
      }),
    });
  }

  wrapTools(tools: Tool[], execute: ExecuteTool): ToolSet {
    return Object.fromEntries(tools.map((tool) => [tool.slug, this.wrapTool(tool, execute)]));
  }
}
