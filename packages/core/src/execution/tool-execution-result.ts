/** What every execution returns; an upstream 4xx/5xx is a result, not a thrown exception. */
export interface ToolExecutionResult {
  data: unknown;
  error: string | null;
  successful: boolean;
  /** The `log_` id of this execution in `router.logs`. */
  logId: string;
}

import type { ToolModifiers } from '../provider/tool-modifiers.ts';

export interface ExecuteToolOptions {
  /** `beforeExecute`/`afterExecute` around every app tool this call runs (also inside MULTI_EXECUTE). */
  modifiers?: ToolModifiers;
  /** Run with this connected account (id or alias) of the session's user. */
  account?: string;
  signal?: AbortSignal;
}
