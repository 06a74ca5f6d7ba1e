/** What every execution returns; an upstream 4xx/5xx is a result, not a thrown exception. */
export interface ToolExecutionResult {
  data: unknown;
  error: string | null;
  successful: boolean;
  /** The `log_` id of this execution in `router.logs`. */
  logId: string;
}
