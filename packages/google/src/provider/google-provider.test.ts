import {
  recordingExecute,
  runProviderConformance,
  sampleResult,
  sampleTool,
  secondSampleTool,
} from '@internal/provider-conformance';
import type { ToolExecutor } from '@toolrouter/core';
import { describe, expect, it } from 'vitest';
import { GoogleProvider } from './google-provider.ts';
import type { GoogleFunctionDeclaration, GoogleFunctionResponsePart } from './google-types.ts';

/** A session that must not be used: calls of tools passed in `tools` run through those tools. */
const unusedSession: ToolExecutor = {
  execute: () => Promise.reject(new Error('session.execute was called instead of the tool')),
};

function functionCall(name: string, args: unknown, id?: string) {
  return { functionCall: { name, args: args as Record<string, unknown>, ...(id ? { id } : {}) } };
}

function responseWith(...parts: Array<Record<string, unknown>>) {
  return { candidates: [{ content: { role: 'model', parts } }] };
}

/** What the model reads: the output of a successful call, the error of a failed one. */
function readResponse(part: GoogleFunctionResponsePart) {
  const { response } = part.functionResponse;
  return 'output' in response ? response.output : response.error;
}

/** Runs a tool as a generateContent loop does: a response with one functionCall, handled with the declarations given to the model. */
async function invokeLikeGenerateContentLoop(
  tool: GoogleFunctionDeclaration,
  args: Record<string, unknown> | string,
  signal?: AbortSignal,
) {
  const parts = await new GoogleProvider().handleToolCalls(
    unusedSession,
    responseWith(functionCall(tool.name, args, 'call_1')),
    { tools: [tool], ...(signal ? { signal } : {}) },
  );
  expect(parts).toHaveLength(1);
  expect(parts[0]!.functionResponse).toMatchObject({ id: 'call_1', name: tool.name });
  return readResponse(parts[0]!);
}

runProviderConformance({
  name: 'google',
  createProvider: () => new GoogleProvider(),
  inspect: (tools) =>
    tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      parameters: tool.parametersJsonSchema,
      tool,
    })),
  invoke: (tool, args, { signal }) => invokeLikeGenerateContentLoop(tool, args, signal),
  thrownErrors: 'result',
});

describe('GoogleProvider specifics', () => {
  it('makes function declarations that serialize to exactly name, description and parametersJsonSchema', () => {
    const [tool] = new GoogleProvider().wrapTools([sampleTool], recordingExecute().execute);
    expect(JSON.parse(JSON.stringify(tool))).toEqual({
      name: sampleTool.slug,
      description: sampleTool.description,
      parametersJsonSchema: sampleTool.inputSchema,
    });
  });

  it('without tools, runs calls with session.execute and the options, in order, skipping other parts', async () => {
    const seen: Array<[string, unknown, unknown]> = [];
    const session: ToolExecutor = {
      execute: async (slug, args, options) => {
        seen.push([slug, args, options?.account]);
        return sampleResult({ data: { slug } });
      },
    };
    const response = responseWith(
      { text: 'Running both.' },
      functionCall(secondSampleTool.slug, { id: 'a' }),
      { thought: true, text: '...' },
      functionCall(sampleTool.slug, { project: 'web' }),
    );
    const parts = await new GoogleProvider().handleToolCalls(session, response, { account: 'work' });
    expect(parts).toEqual([
      {
        functionResponse: {
          name: secondSampleTool.slug,
          response: { output: { successful: true, data: { slug: secondSampleTool.slug }, error: null } },
        },
      },
      {
        functionResponse: {
          name: sampleTool.slug,
          response: { output: { successful: true, data: { slug: sampleTool.slug }, error: null } },
        },
      },
    ]);
    expect(seen).toEqual([
      [secondSampleTool.slug, { id: 'a' }, 'work'],
      [sampleTool.slug, { project: 'web' }, 'work'],
    ]);
  });

  it('with tools, hands the per-call account and signal to the wrapped tool', async () => {
    const options: unknown[] = [];
    const provider = new GoogleProvider();
    const tools = provider.wrapTools([sampleTool], async (_slug, _args, given) => {
      options.push(given);
      return sampleResult();
    });
    const signal = new AbortController().signal;
    await provider.handleToolCalls(unusedSession, responseWith(functionCall(sampleTool.slug, {})), {
      tools,
      account: 'work',
      signal,
    });
    expect(options).toEqual([{ account: 'work', signal }]);
  });

  it('answers failed results and thrown errors under response.error, and every call still gets its part', async () => {
    const session: ToolExecutor = {
      execute: async (slug) => {
        if (slug === secondSampleTool.slug) throw new Error('The store is closed.');
        return sampleResult();
      },
    };
    const parts = await new GoogleProvider().handleToolCalls(
      session,
      responseWith(functionCall(secondSampleTool.slug, {}, 'a'), functionCall(sampleTool.slug, {}, 'b')),
    );
    expect(parts.map((part) => Object.keys(part.functionResponse.response))).toEqual([['error'], ['output']]);
    expect(readResponse(parts[0]!)).toEqual({ successful: false, data: null, error: 'The store is closed.' });
  });

  it('with tools, refuses a call to a tool outside them instead of running it around their modifiers', async () => {
    const recorder = recordingExecute();
    const provider = new GoogleProvider();
    const tools = provider.wrapTools([sampleTool], recorder.execute);
    const parts = await provider.handleToolCalls(
      unusedSession,
      responseWith(functionCall(secondSampleTool.slug, { id: 'a' })),
      { tools },
    );
    expect(recorder.calls).toEqual([]);
    expect(readResponse(parts[0]!).error).toContain(secondSampleTool.slug);
  });

  it('callableTool declares the tools and runs calls through them only', async () => {
    const recorder = recordingExecute();
    const provider = new GoogleProvider();
    const tools = provider.wrapTools([sampleTool], recorder.execute);
    const callable = provider.callableTool(tools, { account: 'work' });
    expect(await callable.tool()).toEqual({ functionDeclarations: tools });
    const parts = await callable.callTool([
      { name: sampleTool.slug, args: { project: 'web' } },
      { name: secondSampleTool.slug, args: {} },
    ]);
    expect(recorder.calls.map((call) => call.toolSlug)).toEqual([sampleTool.slug]);
    expect(parts.map((part) => Object.keys(part.functionResponse.response))).toEqual([['output'], ['error']]);
  });

  it('answers nothing for a response without function calls', async () => {
    expect(
      await new GoogleProvider().handleToolCalls(unusedSession, responseWith({ text: 'Done.' })),
    ).toEqual([]);
    expect(await new GoogleProvider().handleToolCalls(unusedSession, {})).toEqual([]);
  });
});
