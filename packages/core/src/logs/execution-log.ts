import { type LogPayload, readLogPayload } from './log-payload.ts';

/** One tool execution as `router.logs.list` returns it: no arguments or result (see `ExecutionLogDetail`), never credentials. */
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

/**
 * One tool execution as `router.logs.get` returns it: the log plus what the call got and gave,
 * redacted (values under secret-looking keys masked, the account's credential values replaced) and
 * capped. `null` when nothing was kept (payload logging off, or a log written before it existed).
 */
export interface ExecutionLogDetail extends ExecutionLog {
  arguments: LogPayload | null;
  /** The result's `data` (its `error` is the log's `error`). */
  result: LogPayload | null;
}

/** The columns `router.logs.list` reads: everything but the payloads. */
export const EXECUTION_LOG_COLUMNS =
  'id, session_id, user_id, toolkit, tool_slug, connected_account_id, successful, error, status_code, duration_ms, created_at';

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

export interface ExecutionLogDetailRow extends ExecutionLogRow {
  arguments: string | null;
  result: string | null;
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

export function toExecutionLogDetail(row: ExecutionLogDetailRow): ExecutionLogDetail {
  return {
    ...toExecutionLog(row),
    arguments: readLogPayload(row.arguments),
    result: readLogPayload(row.result),
  };
}
