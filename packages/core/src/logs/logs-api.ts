import { ValidationError } from '../errors/validation-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SqlValue } from '../store/store.ts';
import { type ExecutionLog, type ExecutionLogRow, toExecutionLog } from './execution-log.ts';

export interface ListLogsFilter {
  userId?: string;
  sessionId?: string;
  toolkit?: string;
  toolSlug?: string;
  successful?: boolean;
  /** Page size, default 50, at most 500. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/**
 * `router.logs`: every tool execution, newest first, without credentials.
 *
 * @example
 * const { items } = await router.logs.list({ userId: 'u1', limit: 20 });
 */
export interface LogsApi {
  /** Executions newest first, filtered; `nextCursor` pages on. */
  list(filter?: ListLogsFilter): Promise<{ items: ExecutionLog[]; nextCursor: string | null }>;
}

/** `LogsApi` over the router's own store (embedded mode). */
export class LocalLogsApi implements LogsApi {
  readonly #runtime: () => Promise<RouterRuntime>;

  constructor(runtime: () => Promise<RouterRuntime>) {
    this.#runtime = runtime;
  }

  async list(filter: ListLogsFilter = {}): Promise<{ items: ExecutionLog[]; nextCursor: string | null }> {
    const runtime = await this.#runtime();
    await runtime.logWriter.flush();
    const limit = filter.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new ValidationError({ field: 'limit', message: 'limit must be an integer from 1 to 500.' });
    }
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    const columns = {
      userId: 'user_id',
      sessionId: 'session_id',
      toolkit: 'toolkit',
      toolSlug: 'tool_slug',
    } as const;
    for (const [key, column] of Object.entries(columns)) {
      const value = filter[key as keyof typeof columns];
      if (value !== undefined) {
        conditions.push(`${column} = ?`);
        params.push(value);
      }
    }
    if (filter.successful !== undefined) {
      conditions.push('successful = ?');
      params.push(filter.successful ? 1 : 0);
    }
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor);
      conditions.push('(created_at < ? OR (created_at = ? AND id < ?))');
      params.push(createdAt, createdAt, id);
    }
    const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
    const rows = await runtime.store.query<ExecutionLogRow>(
      `SELECT * FROM execution_logs${where} ORDER BY created_at DESC, id DESC LIMIT ?`,
      [...params, limit + 1],
    );
    const items = rows.slice(0, limit).map(toExecutionLog);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
  }
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(`${createdAt}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id)
    throw new ValidationError({ field: 'cursor', message: 'cursor is not a nextCursor this API returned.' });
  return [createdAt, id];
}
