import {
  GET_TOOL_SCHEMAS_INPUT_SCHEMA,
  GET_TOOL_SCHEMAS_SLUG,
  type JsonSchema,
  MULTI_EXECUTE_INPUT_SCHEMA,
  MULTI_EXECUTE_SLUG,
  SEARCH_TOOLS_INPUT_SCHEMA,
  SEARCH_TOOLS_SLUG,
} from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedEchoRouter, type EchoApi, startConformanceEchoApi } from './echo-router.ts';
import { modelView } from './model-view.ts';
import type { InspectedTool, ProviderConformanceOptions } from './provider-conformance-options.ts';
import { recordingExecute, sampleResult } from './recording-execute.ts';
import { sampleTool, secondSampleTool } from './sample-tools.ts';

const sampleArgs = { project: 'web', state: 'open', labels: ['bug'], owner: { login: 'octo' } };

/**
 * The conformance suite every provider package runs (like langchain's standard-tests): definitions
 * (name, description, schema), arguments in, result out, error mapping, abort, and `session.tools()`
 * with modifiers through a real router and a local API.
 *
 * @example
 * runProviderConformance({
 *   name: 'vercel',
 *   createProvider: () => new VercelProvider(),
 *   inspect: async (toolSet) => Object.entries(toolSet).map(([name, tool]) => ({ name, ... })),
 *   invoke: (tool, args, { signal }) => tool.execute(args, { toolCallId: 'call_1', messages: [], abortSignal: signal }),
 *   thrownErrors: 'rejects',
 * });
 */
export function runProviderConformance<TTool, TToolCollection>(
  options: ProviderConformanceOptions<TTool, TToolCollection>,
): void {
  const { name, createProvider, inspect, invoke, thrownErrors } = options;
  const expectedParameters = options.expectedParameters ?? ((schema: JsonSchema) => schema);

  async function wrapOne(execute = recordingExecute().execute) {
    const [inspected] = await inspect(createProvider().wrapTools([sampleTool], execute));
    if (!inspected) throw new Error('inspect() returned no tool for a collection of one');
    return inspected;
  }

  describe(`provider conformance: ${name}`, () => {
    describe('definitions', () => {
      it('names each tool by its slug and keeps its description, in order', async () => {
        const tools = await inspect(
          createProvider().wrapTools([sampleTool, secondSampleTool], recordingExecute().execute),
        );
        expect(tools.map((tool) => tool.name)).toEqual([sampleTool.slug, secondSampleTool.slug]);
        expect(tools.map((tool) => tool.description)).toEqual([
          sampleTool.description,
          secondSampleTool.description,
        ]);
      });

      it('sends the JSON Schema to the model as given (or rewritten only where configured)', async () => {
        const tools = await inspect(
          createProvider().wrapTools([sampleTool, secondSampleTool], recordingExecute().execute),
        );
        expect(tools.map((tool) => tool.parameters)).toEqual([
          expectedParameters(sampleTool.inputSchema),
          expectedParameters(secondSampleTool.inputSchema),
        ]);
      });

      it('leaves the tool it was given untouched', async () => {
        const before = structuredClone(sampleTool);
        await inspect(createProvider().wrapTools([sampleTool], recordingExecute().execute));
        expect(sampleTool).toEqual(before);
      });
    });

    describe('execution', () => {
      it('hands object arguments to execute under the tool slug', async () => {
        const recorder = recordingExecute();
        const { tool } = await wrapOne(recorder.execute);
        await invoke(tool, sampleArgs, {});
        expect(recorder.calls).toHaveLength(1);
        expect(recorder.calls[0]!.toolSlug).toBe(sampleTool.slug);
        expect(modelView(recorder.calls[0]!.args)).toEqual(sampleArgs);
      });

      it('accepts arguments the model sent as JSON text', async () => {
        const recorder = recordingExecute();
        const { tool } = await wrapOne(recorder.execute);
        await invoke(tool, JSON.stringify(sampleArgs), {});
        expect(recorder.calls).toHaveLength(1);
        expect(modelView(recorder.calls[0]!.args)).toEqual(sampleArgs);
      });

      it('each tool of a collection runs its own slug', async () => {
        const recorder = recordingExecute();
        const tools = await inspect(
          createProvider().wrapTools([sampleTool, secondSampleTool], recorder.execute),
        );
        await invoke(tools[1]!.tool, { id: 'thing_9' }, {});
        expect(recorder.calls.map((call) => call.toolSlug)).toEqual([secondSampleTool.slug]);
      });

      it('wrapTool alone makes a tool that runs', async () => {
        const recorder = recordingExecute();
        const tool = createProvider().wrapTool(secondSampleTool, recorder.execute);
        const output = await invoke(tool, { id: 'thing_1' }, {});
        expect(recorder.calls.map((call) => call.toolSlug)).toEqual([secondSampleTool.slug]);
        expect(modelView(output)).toMatchObject({ successful: true });
      });

      it('shows the model { successful, data, error } of the result and nothing else', async () => {
        const result = sampleResult();
        const { tool } = await wrapOne(recordingExecute({ kind: 'result', result }).execute);
        const output = await invoke(tool, sampleArgs, {});
        expect(modelView(output)).toEqual({ successful: true, data: result.data, error: null });
      });

      it('shows a failed result to the model as a result, not an exception', async () => {
        const result = sampleResult({ successful: false, data: null, error: "Field 'project' is required." });
        const { tool } = await wrapOne(recordingExecute({ kind: 'result', result }).execute);
        const output = await invoke(tool, sampleArgs, {});
        expect(modelView(output)).toEqual({
          successful: false,
          data: null,
          error: "Field 'project' is required.",
        });
      });

      if (thrownErrors === 'rejects') {
        it('rejects with the error execute threw, for the framework to report', async () => {
          const error = new Error('The store is closed.');
          const { tool } = await wrapOne(recordingExecute({ kind: 'throw', error }).execute);
          await expect(invoke(tool, sampleArgs, {})).rejects.toThrow('The store is closed.');
        });
      } else {
        it('shows an error thrown by execute to the model as a failed result', async () => {
          const error = new Error('The store is closed.');
          const { tool } = await wrapOne(recordingExecute({ kind: 'throw', error }).execute);
          const output = modelView(await invoke(tool, sampleArgs, {}));
          expect(output).toMatchObject({ successful: false, data: null });
          expect(output.error).toContain('The store is closed.');
        });
      }

      it('aborts the signal execute received when the caller aborts, and stops', async () => {
        const recorder = recordingExecute({ kind: 'wait-for-abort' });
        const { tool } = await wrapOne(recorder.execute);
        const controller = new AbortController();
        const pending = invoke(tool, sampleArgs, { signal: controller.signal });
        await recorder.called;
        const received = recorder.calls[0]!.signal;
        expect(received).toBeDefined();
        expect(received!.aborted).toBe(false);
        controller.abort(new Error('The user pressed stop.'));
        await expect(pending).rejects.toBeDefined();
        expect(received!.aborted).toBe(true);
      });
    });

    describe('through a router session', () => {
      let api: EchoApi;
      beforeAll(async () => {
        api = await startConformanceEchoApi();
      });
      afterAll(() => api.close());

      const byName = <T>(tools: InspectedTool<T>[], slug: string) => {
        const found = tools.find((tool) => tool.name === slug);
        if (!found) throw new Error(`${slug} is not among ${tools.map((tool) => tool.name).join(', ')}`);
        return found.tool;
      };

      it('session.tools() is the meta-tools, each with its exact schema', async () => {
        const router = await connectedEchoRouter(api.url, createProvider());
        const session = await router.create('alice', { manageConnections: false });
        const tools = await inspect((await session.tools()) as TToolCollection);
        expect(tools.map((tool) => tool.name)).toEqual([
          SEARCH_TOOLS_SLUG,
          GET_TOOL_SCHEMAS_SLUG,
          MULTI_EXECUTE_SLUG,
        ]);
        expect(tools.map((tool) => tool.parameters)).toEqual([
          expectedParameters(SEARCH_TOOLS_INPUT_SCHEMA),
          expectedParameters(GET_TOOL_SCHEMAS_INPUT_SCHEMA),
          expectedParameters(MULTI_EXECUTE_INPUT_SCHEMA),
        ]);
        for (const tool of tools) expect(tool.description.length).toBeGreaterThan(100);
        await router.close();
      });

      it("finds a tool with TOOLROUTER_SEARCH_TOOLS and runs it with TOOLROUTER_MULTI_EXECUTE_TOOL on the user's account", async () => {
        const router = await connectedEchoRouter(api.url, createProvider());
        const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
        const tools = await inspect((await session.tools()) as TToolCollection);
        const search = modelView(
          await invoke(
            byName(tools, SEARCH_TOOLS_SLUG),
            { queries: [{ use_case: 'get a thing by its id' }] },
            {},
          ),
        );
        expect(search.successful).toBe(true);
        expect(search.data.results[0].primary_tool_slugs).toContain('ECHO_GET');
        const run = modelView(
          await invoke(
            byName(tools, MULTI_EXECUTE_SLUG),
            JSON.stringify({ tools: [{ tool_slug: 'ECHO_GET', arguments: { id: '42' } }] }),
            {},
          ),
        );
        expect(run.successful).toBe(true);
        expect(run.data.results[0]).toMatchObject({
          tool_slug: 'ECHO_GET',
          successful: true,
          data: { account: 'alice-account', method: 'GET', path: '/things/42' },
        });
        expect(JSON.stringify(run)).not.toContain('key-alice');
        await router.close();
      });

      it('shows a TOOLROUTER_MULTI_EXECUTE_TOOL in which every call failed as failed', async () => {
        const router = await connectedEchoRouter(api.url, createProvider());
        const session = await router.create('alice', { toolkits: ['echo'], manageConnections: false });
        const tools = await inspect((await session.tools()) as TToolCollection);
        const run = modelView(
          await invoke(
            byName(tools, MULTI_EXECUTE_SLUG),
            { tools: [{ tool_slug: 'ECHO_NOPE', arguments: {} }] },
            {},
          ),
        );
        expect(run).toMatchObject({ successful: false, data: { failed_count: 1 } });
        expect(run.error).toContain('All 1 call failed');
        await router.close();
      });

      it('multi-account: a direct tool runs with the account the model names, and asks for one when the session requires it', async () => {
        const router = await connectedEchoRouter(api.url, createProvider());
        const [authConfig] = await router.authConfigs.list({ toolkit: 'echo' });
        await router.connectedAccounts.create({
          userId: 'alice',
          authConfigId: authConfig!.id,
          credentials: { apiKey: 'key-alice-work' },
          alias: 'work',
        });
        const session = await router.create('alice', {
          toolkits: ['echo'],
          manageConnections: false,
          preload: { tools: ['ECHO_GET'] },
          multiAccount: { enable: true, requireExplicitSelection: true },
        });
        const tools = await inspect((await session.tools()) as TToolCollection);
        const direct = tools.find((tool) => tool.name === 'ECHO_GET');
        expect(JSON.stringify(direct?.parameters)).toContain('"account"');

        const asked = modelView(await invoke(byName(tools, 'ECHO_GET'), { id: '1' }, {}));
        expect(asked).toMatchObject({ successful: false, data: { account_selection_required: true } });
        expect(asked.data.accounts.map((account: { alias: string }) => account.alias)).toEqual([
          'work',
          'main',
        ]);
        const chosen = modelView(await invoke(byName(tools, 'ECHO_GET'), { id: '1', account: 'main' }, {}));
        expect(chosen).toMatchObject({
          successful: true,
          data: { account: 'alice-account', path: '/things/1' },
        });
        const multi = modelView(
          await invoke(
            byName(tools, MULTI_EXECUTE_SLUG),
            { tools: [{ tool_slug: 'ECHO_GET', arguments: { id: '2' }, account: 'work' }] },
            {},
          ),
        );
        expect(multi.data.results[0]).toMatchObject({ successful: true, data: { account: 'alice-work' } });
        await router.close();
      });

      it('applies modifySchema, beforeExecute and afterExecute of session.tools(modifiers)', async () => {
        const router = await connectedEchoRouter(api.url, createProvider());
        const session = await router.create('alice', {
          manageConnections: false,
          preload: { tools: ['ECHO_GET'] },
        });
        const seen: string[] = [];
        const collection = await session.tools({
          modifySchema: ({ schema }) => ({ ...schema, description: `[custom] ${schema.description}` }),
          beforeExecute: ({ toolSlug, arguments: args }) => {
            seen.push(toolSlug);
            return { ...args, id: `${args.id}-modified` };
          },
          afterExecute: ({ result }) => ({ ...result, data: { wrapped: result.data } }),
        });
        const tools = await inspect(collection as TToolCollection);
        expect(tools.map((tool) => tool.name)).toEqual([
          SEARCH_TOOLS_SLUG,
          GET_TOOL_SCHEMAS_SLUG,
          MULTI_EXECUTE_SLUG,
          'ECHO_GET',
        ]);
        for (const tool of tools) expect(tool.description).toMatch(/^\[custom\] /);

        const direct = modelView(await invoke(byName(tools, 'ECHO_GET'), { id: 'x' }, {}));
        expect(direct).toMatchObject({
          successful: true,
          data: { wrapped: { path: '/things/x-modified', account: 'alice-account' } },
        });
        const multi = modelView(
          await invoke(
            byName(tools, MULTI_EXECUTE_SLUG),
            { tools: [{ tool_slug: 'ECHO_GET', arguments: { id: 'y' } }] },
            {},
          ),
        );
        expect(multi.data.results[0]).toMatchObject({
          successful: true,
          data: { wrapped: { path: '/things/y-modified' } },
        });
        expect(seen).toEqual(['ECHO_GET', 'ECHO_GET']);
        await router.close();
      });
    });
  });
}
