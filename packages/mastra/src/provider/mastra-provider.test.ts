import { recordingExecute, runProviderConformance, sampleTool } from '@internal/provider-conformance';
import type { ToolExecutionContext } from '@mastra/core/tools';
import { describe, expect, it } from 'vitest';
import { MastraProvider, type MastraToolrouterTool } from './mastra-provider.ts';

/** The schema with the `$schema` keyword Mastra adds when it hands a JSON Schema to the model. */
function withDraft07(schema: object) {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...schema };
}

/** Runs a tool as a Mastra agent does: parsed input, the run's abort signal, then `toModelOutput`. */
async function invokeLikeMastraAgent(
  tool: MastraToolrouterTool,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const input = typeof args === 'string' ? JSON.parse(args) : args;
  const output = await tool.execute!(input, (signal ? { abortSignal: signal } : {}) as ToolExecutionContext);
  const modelOutput = tool.toModelOutput!(output as never) as { type: string; value: unknown };
  expect(modelOutput.type).toBe('text');
  return modelOutput.value;
}

runProviderConformance({
  name: 'mastra',
  createProvider: () => new MastraProvider(),
  inspect: (toolSet) =>
    Object.entries(toolSet).map(([name, tool]) => ({
      name,
      description: tool.description,
      parameters: tool.inputSchema!['~standard'].jsonSchema.input({ target: 'draft-07' }),
      tool,
    })),
  invoke: (tool, args, { signal }) => invokeLikeMastraAgent(tool, args, signal),
  thrownErrors: 'rejects',
  // Mastra sends the JSON Schema as is and marks its draft; nothing else changes.
  expectedParameters: withDraft07,
});

describe('MastraProvider specifics', () => {
  it('names each Mastra tool by its slug, as its id and its key', () => {
    const tools = new MastraProvider().wrapTools([sampleTool], recordingExecute().execute);
    expect(Object.keys(tools)).toEqual([sampleTool.slug]);
    expect(tools[sampleTool.slug]!.id).toBe(sampleTool.slug);
  });

  it('checks the input against the JSON Schema before running, and names the wrong field', async () => {
    const recorder = recordingExecute();
    const tool = new MastraProvider().wrapTool(sampleTool, recorder.execute);
    const output = await tool.execute!({ state: 'open' } as never, {} as ToolExecutionContext);
    expect(recorder.calls).toEqual([]);
    expect(JSON.stringify(output)).toContain('project');
  });
});
