import type { Tool } from '../catalog/tool.ts';
import type { ToolExecutionResult } from './tool-execution-result.ts';

/**
 * Hooks for `session.tools(modifiers)`. `modifySchema` changes every tool definition the agent sees
 * (wrapped tools and schemas returned by search); `beforeExecute`/`afterExecute` run around every
 * app tool the agent runs, directly or inside TOOLROUTER_MULTI_EXECUTE_TOOL.
 *
 * @example
 * const tools = await session.tools({
 *   beforeExecute: ({ toolSlug, arguments: args }) => (toolSlug === 'GITHUB_ISSUES_CREATE' ? { ...args, labels: ['bot'] } : args),
 *   afterExecute: ({ result }) => ({ ...result, data: redact(result.data) }),
 * });
 */
export interface ToolModifiers {
  modifySchema?: (context: { toolSlug: string; toolkit: string; schema: Tool }) => Tool;
  beforeExecute?: (context: {
    toolSlug: string;
    toolkit: string;
    arguments: Record<string, unknown>;
  }) => Record<string, unknown> | Promise<Record<string, unknown>>;
  afterExecute?: (context: {
    toolSlug: string;
    toolkit: string;
    result: ToolExecutionResult;
  }) => ToolExecutionResult | Promise<ToolExecutionResult>;
}
