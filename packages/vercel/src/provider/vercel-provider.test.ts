import { runProviderConformance } from '@internal/provider-conformance';
import { type Tool as AiTool, asSchema } from 'ai';
import { VercelProvider } from './vercel-provider.ts';

/** Runs a tool as `generateText` does: parsed input, the step's abort signal, then `toModelOutput`. */
async function invokeLikeGenerateText(
  tool: AiTool,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const input = typeof args === 'string' ? JSON.parse(args) : args;
  const options = {
    toolCallId: 'call_1',
    messages: [],
    context: undefined,
    ...(signal ? { abortSignal: signal } : {}),
  };
  const output = await tool.execute!(input, options);
  const modelOutput = await tool.toModelOutput!({ toolCallId: 'call_1', input, output });
  return modelOutput.type === 'text' ? modelOutput.value : modelOutput;
}

runProviderConformance({
  name: 'vercel',
  createProvider: () => new VercelProvider(),
  inspect: async (toolSet) =>
    Promise.all(
      Object.entries(toolSet).map(async ([name, tool]) => ({
        name,
        description: tool.description as string,
        parameters: await asSchema(tool.inputSchema).jsonSchema,
        tool: tool as AiTool,
      })),
    ),
  invoke: (tool, args, { signal }) => invokeLikeGenerateText(tool, args, signal),
  thrownErrors: 'rejects',
});
