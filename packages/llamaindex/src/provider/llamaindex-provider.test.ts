import { recordingExecute, runProviderConformance, sampleTool } from '@internal/provider-conformance';
import { describe, expect, it } from 'vitest';
import { LlamaIndexProvider, type LlamaIndexTool } from './llamaindex-provider.ts';

/**
 * Runs a tool as a LlamaIndex agent does (`callTool` of @llamaindex/core/agent): JSON text input parsed,
 * then `tool.call(input)`; the run's signal is bound to the tool, LlamaIndex's way of giving a tool more
 * than its input.
 */
async function invokeLikeLlamaIndexAgent(
  tool: LlamaIndexTool,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const input = typeof args === 'string' ? JSON.parse(args) : args;
  const bound = signal ? tool.bind({ signal }) : tool;
  return bound.call(input);
}

runProviderConformance({
  name: 'llamaindex',
  createProvider: () => new LlamaIndexProvider(),
  inspect: (tools) =>
    tools.map((tool) => ({
      name: tool.metadata.name,
      description: tool.metadata.description,
      parameters: tool.metadata.parameters,
      tool,
    })),
  invoke: (tool, args, { signal }) => invokeLikeLlamaIndexAgent(tool, args, signal),
  thrownErrors: 'rejects',
});

describe('LlamaIndexProvider specifics', () => {
  it('answers with JSON text, which the agent takes even when the data holds nulls', async () => {
    const tool = new LlamaIndexProvider().wrapTool(
      sampleTool,
      recordingExecute({
        kind: 'result',
        result: { successful: true, data: { when: null, list: [1] }, error: null, logId: 'log_1' },
      }).execute,
    );
    expect(await tool.call({ project: 'web' })).toBe(
      '{"successful":true,"data":{"when":null,"list":[1]},"error":null}',
    );
  });
});
