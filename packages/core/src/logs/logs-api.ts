import { ExecutionLogNotFoundError } from '../errors/execution-log-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SqlValue } from '../store/store.ts';
import {
  EXECUTION_LOG_COLUMNS,
  type ExecutionLog,
  type ExecutionLogDetail,
  type ExecutionLogDetailRow,
  type ExecutionLogRow,
  toExecutionLog,
  toExecutionLogDetail,
} from './execution-log.ts';

export interface ListLogsFilter {
  userId?: string;
  sessionId?: string;
  toolkit?: string;
  toolSlug?: string;
  successful?: boolean;
  /** Only calls at or after this time (a Date, or an ISO 8601 date or date-time). */
  since?: Date | string;
  /** Only calls before this time (a Date, or an ISO 8601 date or date-time). */
  until?: Date | string;
  /** Page size, default 50, at most 500. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/**
 * `router.logs`: every tool execution, newest first, without credentials. `list` answers the light
 * rows; `get` one execution with its redacted arguments and result.
 *
 * @example
 * const { items } = await router.logs.list({ userId: 'u1', since: '2026-12-01', limit: 20 });
 * const detail = await router.logs.get(items[0].id); // detail.arguments, detail.result
 */
export interface LogsApi {
  /** Executions newest first, filtered; `nextCursor` pages on. */
  list(filter?: ListLogsFilter): Promise<{ items: ExecutionLog[]; nextCursor: string | null }>;
  /** One execution with its kept (redacted, capped) arguments and result; throws when unknown. */
  get(id: string): Promise<ExecutionLogDetail>;
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
    // created_at is ISO 8601 in UTC (toISOString), so text order is time order on both stores.
    if (filter.since !== undefined) {
      conditions.push('created_at >= ?');
      params.push(isoTime(filter.since, 'since'));
    }
    if (filter.until !== undefined) {
      conditions.push('created_at < ?');
      params.push(isoTime(filter.until, 'until'));
    }
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor);
      conditions.push('(created_at < ? OR (created_at = ? AND id < ?))');
      params.push(createdAt, createdAt, id);
    }
    const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
    const rows = await runtime.store.query<ExecutionLogRow>(
      `SELECT ${EXECUTION_LOG_COLUMNS} FROM execution_logs${where} ORDER BY created_at DESC, id DESC LIMIT ?`,
      [...params, limit + 1],
    );
    const items = rows.slice(0, limit).map(toExecutionLog);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
  }

  /** One execution with its arguments and result (redacted and capped; null when not kept). */
  async get(id: string): Promise<ExecutionLogDetail> {
    if (typeof id !== 'string' || id === '') {
      throw new ValidationError({ field: 'id', message: 'Pass the id of an execution log (log_...).' });
    }
    const runtime = await this.#runtime();
    await runtime.logWriter.flush();
    const [row] = await runtime.store.query<ExecutionLogDetailRow>(
      `SELECT ${EXECUTION_LOG_COLUMNS}, arguments, result FROM execution_logs WHERE id = ?`,
      [id],
    );
    if (!row) throw new ExecutionLogNotFoundError({ logId: id });
    return toExecutionLogDetail(row);
  }
}

/** A filter time as the ISO text created_at holds; anything unreadable names the field. */
function isoTime(value: Date | string, field: 'since' | 'until'): string {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) {
    throw new ValidationError({
      field,
      message: `${field} must be a Date or an ISO 8601 time such as 2026-12-03 or 2026-12-03T17:00:00Z, not '${String(value)}'.`,
    });
  }
  return new Date(time).toISOString();
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
