import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';

/** The text a model reads for a tool result: `{ successful, data, error }` as JSON. */
export function toolResultContent(
  result: Pick<ToolExecutionResult, 'successful' | 'data' | 'error'>,
): string {
  return JSON.stringify({ successful: result.successful, data: result.data ?? null, error: result.error });
}
