import type { ToolModifiers } from './tool-modifiers.ts';

/** Options of one execute call: modifiers, the account to run with, and a signal to cancel it. */
export interface ExecuteToolOptions {
  /** `beforeExecute`/`afterExecute` around every app tool this call runs (also inside MULTI_EXECUTE). */
  modifiers?: ToolModifiers;
  /** Run with this connected account (id or alias) of the session's user. */
  account?: string;
  signal?: AbortSignal;
}
