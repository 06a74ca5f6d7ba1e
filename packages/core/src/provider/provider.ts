import type { Tool } from '../catalog/tool.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';

/** Per-call options a provider hands to `ExecuteTool`. */
export interface ExecuteToolCallOptions {
  /** The framework's abort signal for this call (the step, the run, the request). */
  signal?: AbortSignal;
  /**
   * The connected account (id or alias) of the session's user to run with. Providers pass it when
   * their caller gives one (e.g. `handleToolCalls(session, response, { account })`); an agent picks
   * one with the `account` argument of a direct tool or of a MULTI_EXECUTE call instead.
   */
  account?: string;
}

/**
 * Runs one tool of the session; what a provider calls when its framework calls a tool. It is bound
 * to the session and the `session.tools(modifiers)` call that made it, so modifiers apply.
 *
 * - `toolSlug`: the tool's slug (the name the model called).
 * - `args`: the arguments as the model sent them: an object, or JSON text (parsed for you).
 * - `options.signal`: abort the call; `options.account`: run with this account (id or alias).
 *
 * Resolves with `{ data, error, successful, logId }` and never rejects for a tool problem (an
 * upstream error, bad arguments, a missing connection are results); it rejects only when `signal`
 * aborts or on a library fault, which a provider reports in its framework's own way.
 */
export type ExecuteTool = (
  toolSlug: string,
  args: unknown,
  options?: ExecuteToolCallOptions,
) => Promise<ToolExecutionResult>;

/**
 * Turns toolrouter tools into one framework's native tools. Execute is passed in explicitly; JSON
 * Schema goes straight to the framework (no Zod round trip). A provider forwards the framework's
 * abort signal, and an `account` its caller gives, in `ExecuteTool`'s options; it shows the model
 * `toolResultContent(result)` and keeps the full result where its framework allows.
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
