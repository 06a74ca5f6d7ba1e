import type { Tool } from '../catalog/tool.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';

/** Runs one tool of the session; what a provider calls when its framework calls a tool. */
export type ExecuteTool = (
  toolSlug: string,
  args: unknown,
  options?: { signal?: AbortSignal },
) => Promise<ToolExecutionResult>;

/**
 * Turns toolrouter tools into one framework's native tools. Execute is passed in explicitly; JSON
 * Schema goes straight to the framework (no Zod round trip).
 *
 * @example
 * class MyProvider implements Provider<MyTool, MyTool[]> {
 *   readonly name = 'mine';
 *   wrapTool(tool, execute) { return { name: tool.slug, run: (args) => execute(tool.slug, args) }; }
 *   wrapTools(tools, execute) { return tools.map((tool) => this.wrapTool(tool, execute)); }
 * }
 */
export interface Provider<TTool = unknown, TToolCollection = unknown> {
  readonly name: string;
  wrapTool(tool: Tool, execute: ExecuteTool): TTool;
  wrapTools(tools: Tool[], execute: ExecuteTool): TToolCollection;
}

/** The collection type a provider's `wrapTools` returns. */
export type ProviderToolCollection<TProvider> =
  TProvider extends Provider<unknown, infer TCollection> ? TCollection : never;
