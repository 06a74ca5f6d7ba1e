import { ToolRouterError } from '@toolrouter/core';
import type { ApiErrorBody } from './api-error.ts';
import { HttpError } from './api-error.ts';
import { errorStatus } from './error-status.ts';

/**
 * Turns anything thrown by a route into `{ status, body }`. toolrouter errors keep their code and
 * message (they never carry secrets); anything else becomes a bare 500 so no stack trace, SQL or
 * credential leaks. `report` receives the unexpected ones.
 *
 * @example
 * const { status, body } = toErrorResponse(new SessionNotFoundError({ sessionId: 'ses_1' }));
 * // status 404, body.error.code 'SESSION_NOT_FOUND'
 */
export function toErrorResponse(
  error: unknown,
  report?: (error: unknown) => void,
): { status: number; body: ApiErrorBody } {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: {
        error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
      },
    };
  }
  if (ToolRouterError.isInstance(error)) {
    const status = errorStatus(error.code);
    if (status >= 500) report?.(error);
    const field = (error as { field?: unknown }).field;
    return {
      status,
      body: {
        error: { code: error.code, message: error.message, ...(typeof field === 'string' ? { field } : {}) },
      },
    };
  }
  report?.(error);
  return {
    status: 500,
    body: { error: { code: 'INTERNAL_ERROR', message: 'The server failed to handle this request.' } },
  };
}
