import { createId } from '../ids/create-id.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';

export interface ExecutionLogEntry {
  sessionId: string | null;
  userId: string;
  toolkit: string;
  toolSlug: string;
  connectedAccountId: string | null;
  successful: boolean;
  error: string | null;
  statusCode: number | null;
  durationMs: number;
}

/** Records one execution and returns its `log_` id. The entry holds no arguments and no credentials. */
export async function writeExecutionLog(runtime: RouterRuntime, entry: ExecutionLogEntry): Promise<string> {
  const id = createId('log');
  await runtime.store.execute(
    `INSERT INTO execution_logs (id, session_id, user_id, toolkit, tool_slug, connected_account_id, successful, error, status_code, duration_ms, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      entry.sessionId,
      entry.userId,
      entry.toolkit,
      entry.toolSlug,
      entry.connectedAccountId,
      entry.successful ? 1 : 0,
      entry.error === null ? null : entry.error.slice(0, 2000),
      entry.statusCode,
      Math.round(entry.durationMs),
      runtime.now().toISOString(),
    ],
  );
  return id;
}
