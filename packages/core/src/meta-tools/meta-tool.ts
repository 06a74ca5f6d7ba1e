import type { Tool } from '../catalog/tool.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import type { ToolModifiers } from '../execution/tool-modifiers.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';

/** A way to run a session's app tools with its modifiers (embedded: the execute pipeline; remote: the server). */
export interface AppToolRunner {
  session: SessionIdentity;
  modifiers: ToolModifiers;
  signal?: AbortSignal;
  executeAppTool(toolSlug: string, args: unknown, options?: ExecuteToolOptions): Promise<ToolExecutionResult>;
}

/** What a meta-tool runs with: the router's runtime, the session, and a way to run app tools. */
export interface MetaToolContext extends AppToolRunner {
  runtime: RouterRuntime;
}

/**
 * An LLM-facing tool of the router itself (DESIGN §5). `run` returns data (or `metaToolFailure`
 * when the call as a whole failed but still has data to show) or throws a ToolRouterError.
 */
export interface MetaTool {
  tool: Tool;
  run(args: Record<string, unknown>, context: MetaToolContext): Promise<unknown>;
}

const FAILURE = Symbol('toolrouter.metaToolFailure');

/** What a meta-tool's `run` returns when it failed as a whole: `successful: false` with this data and error. */
export interface MetaToolFailure {
  readonly [FAILURE]: true;
  data: unknown;
  error: string;
}

export function metaToolFailure(data: unknown, error: string): MetaToolFailure {
  return { [FAILURE]: true, data, error };
}

/** `{ successful, data, error }` of what a meta-tool's `run` returned. */
export function metaToolOutcome(value: unknown): {
  successful: boolean;
  data: unknown;
  error: string | null;
} {
  if (value !== null && typeof value === 'object' && FAILURE in value) {
    const failure = value as MetaToolFailure;
    return { successful: false, data: failure.data, error: failure.error };
  }
  return { successful: true, data: value, error: null };
}

export const META_TOOLKIT = 'toolrouter';

/** Builds the public `Tool` of a meta-tool. */
export function metaTool(definition: Omit<Tool, 'toolkit' | 'kind'>): Tool {
  return { ...definition, toolkit: META_TOOLKIT, kind: 'meta' };
}
