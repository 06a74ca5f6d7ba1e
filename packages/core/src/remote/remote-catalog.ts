import type { ToolkitDefinition } from '@toolrouter/toolkits';
import type { Tool, Toolkit } from '../catalog/tool.ts';
import type { CreateCustomToolInput } from '../custom-tool/create-custom-tool.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { segment } from './rest-client.ts';

/** `router.toolkits` and `router.tools` in remote mode: the server's catalog. */
export function remoteCatalog(remote: () => Promise<RemoteRuntime>) {
  const request = async <T>(
    method: string,
    path: string,
    init?: Parameters<RemoteRuntime['client']['request']>[2],
  ) => (await remote()).client.request<T>(method, path, init);
  const unregister = async (slug: string): Promise<void> => {
    await request('DELETE', `/toolkits/${segment(slug)}`);
  };
  return {
    toolkits: {
      list: async (): Promise<Toolkit[]> => (await request<{ items: Toolkit[] }>('GET', '/toolkits')).items,
      get: (slug: string): Promise<Toolkit> => request('GET', `/toolkits/${segment(slug)}`),
      register: (toolkit: ToolkitDefinition, options: { source?: string } = {}): Promise<Toolkit> =>
        request('POST', '/toolkits', { body: { toolkit, ...options } }),
      unregister,
      delete: unregister,
    },
    tools: {
      list: async (filter: { toolkit?: string; search?: string } = {}): Promise<Tool[]> =>
        (await request<{ items: Tool[] }>('GET', '/tools', { query: { ...filter } })).items,
      get: (slug: string): Promise<Tool> => request('GET', `/tools/${segment(slug)}`),
      execute: (
        slug: string,
        args: unknown,
        { userId, account, signal }: ExecuteToolOptions & { userId: string },
      ): Promise<ToolExecutionResult> =>
        request('POST', `/tools/${segment(slug)}/execute`, {
          body: { userId, arguments: args, ...(account === undefined ? {} : { account }) },
          ...(signal ? { signal } : {}),
        }),
      create: async (definition: CreateCustomToolInput): Promise<Tool> => {
        throw new ValidationError({
          field: 'tools.create',
          message: `router.tools.create() cannot register '${definition?.slug}' in remote mode: a custom tool's code runs where tools run, on the toolrouter server. Register it there: a toolkit with handler tools in the toolkits of the options that \`toolrouter serve --config <file>\` loads, or router.tools.create() on the server's own router.`,
        });
      },
    },
  };
}
