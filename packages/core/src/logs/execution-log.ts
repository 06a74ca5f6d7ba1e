/** One tool execution as `router.logs.list` returns it. Never holds credentials or arguments. */
export interface ExecutionLog {
  id: string;
  sessionId: string | null;
  userId: string;
  toolkit: string;
  toolSlug: string;
  connectedAccountId: string | null;
  successful: boolean;
  error: string | null;
  /** The upstream HTTP status, when there was one. */
  statusCode: number | null;
  durationMs: number;
  createdAt: string;
}

export interface ExecutionLogRow {
  id: string;
  session_id: string | null;
  user_id: string;
  toolkit: string;
  tool_slug: string;
  connected_account_id: string | null;
  successful: number;
  error: string | null;
  status_code: number | null;
  duration_ms: number;
  created_at: string;
}

export function toExecutionLog(row: ExecutionLogRow): ExecutionLog {
  return {
    id: row.id,
    sessionId: row.session_id,
    userId: row.user_id,
    toolkit: row.toolkit,
    toolSlug: row.tool_slug,
    connectedAccountId: row.connected_account_id,
    successful: Number(row.successful) === 1,
    error: row.error,
    statusCode: row.status_code === null ? null : Number(row.status_code),
    durationMs: Number(row.duration_ms),
    createdAt: row.created_at,
  };
}
