import {
  modelView,
  recordingExecute,
  runProviderConformance,
  sampleTool,
} from '@internal/provider-conformance';
import { invokeFunctionTool, RunContext, setTracingDisabled } from '@openai/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { toStrictJsonSchema } from '../strict/to-strict-json-schema.ts';
import { OpenAIAgentsProvider, type OpenAIAgentsTool } from './openai-agents-provider.ts';

beforeAll(() => setTracingDisabled(true));

/** Runs a tool as the SDK's Runner does: the model's JSON text, a run context, the run's signal. */
function invokeLikeRunner(
  tool: OpenAIAgentsTool,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const input = typeof args === 'string' ? args : JSON.stringify(args);
  return invokeFunctionTool({
    tool,
    runContext: new RunContext(),
    input,
    details: {
      toolCall: { type: 'function_call', callId: 'call_1', name: tool.name, arguments: input },
      ...(signal ? { signal } : {}),
    },
  });
}

const inspect = (tools: OpenAIAgentsTool[]) =>
  tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters,
    tool,
  }));

runProviderConformance({
  name: 'openai-agents',
  createProvider: () => new OpenAIAgentsProvider(),
  inspect,
  invoke: (tool, args, { signal }) => invokeLikeRunner(tool, args, signal),
  thrownErrors: 'result',
});

runProviderConformance({
  name: 'openai-agents (strict)',
  createProvider: () => new OpenAIAgentsProvider({ strict: true }),
  inspect,
  invoke: (tool, args, { signal }) => invokeLikeRunner(tool, args, signal),
  thrownErrors: 'result',
  expectedParameters: toStrictJsonSchema,
});

describe('OpenAIAgentsProvider specifics', () => {
  it('sends strict: false with the schema as is by default, strict: true with the rewritten schema when asked', () => {
    const { execute } = recordingExecute();
    const [loose] = new OpenAIAgentsProvider().wrapTools([sampleTool], execute);
    const [strict] = new OpenAIAgentsProvider({ strict: true }).wrapTools([sampleTool], execute);
    expect(loose).toMatchObject({ type: 'function', strict: false, parameters: sampleTool.inputSchema });
    expect(strict).toMatchObject({
      type: 'function',
      strict: true,
      parameters: toStrictJsonSchema(sampleTool.inputSchema),
    });
  });

  it('in strict mode, turns the nulls the model must send for omitted fields back into omitted fields', async () => {
    const recorder = recordingExecute();
    const tool = new OpenAIAgentsProvider({ strict: true }).wrapTool(sampleTool, recorder.execute);
    await invokeLikeRunner(tool, {
      project: 'web',
      state: null,
      limit: null,
      labels: null,
      owner: { login: 'octo', team: null },
    });
    expect(recorder.calls[0]!.args).toEqual({ project: 'web', owner: { login: 'octo' } });
  });

  it('answers arguments that are not JSON with a failed result the model can act on', async () => {
    const recorder = recordingExecute();
    const tool = new OpenAIAgentsProvider().wrapTool(sampleTool, recorder.execute);
    const output = modelView(await invokeLikeRunner(tool, '{"project": "web"'));
    expect(output).toMatchObject({ successful: false, data: null, error: expect.stringMatching(/JSON/) });
    expect(recorder.calls).toHaveLength(0);
  });
});
