import { ToolRouterError } from '@toolrouter/core';
import type { MiddlewareHandler } from 'hono';
import { toErrorResponse } from '../http/to-error-response.ts';

/** Keys every error has, or that the error body carries already. */
const OMITTED = new Set(['name', 'code', 'message', 'field', 'stack', 'cause']);

/**
 * Adds `details` to the error answer of a toolrouter error: the error's own data fields
 * (`sessionId`, `actualConfigVersion`, `suggestions`, ...), so a remote client rebuilds the same
 * typed error with the same fields. Errors carry data, never secrets (DESIGN §9).
 *
 * @example
 * app.use('*', errorDetails());
 * // 409 { error: { code: 'SESSION_CONFIG_CONFLICT', message, details: { sessionId, expectedConfigVersion: 1, actualConfigVersion: 2 } } }
 */
export function errorDetails(): MiddlewareHandler {
  return async function errorDetailsMiddleware(context, next) {
    await next();
    const error = context.error;
    if (!ToolRouterError.isInstance(error)) return;
    const details = errorDetailsOf(error);
    if (!details) return;
    // The app's error handler already answered (and reported) it; this only adds the details.
    const { status, body } = toErrorResponse(error);
    context.res = context.json({ error: { ...body.error, details } }, status as 400);
  };
}

/** A toolrouter error's own data fields, or undefined when it has none. */
export function errorDetailsOf(error: ToolRouterError): Record<string, unknown> | undefined {
  const details: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(error)) {
    if (OMITTED.has(key) || value === undefined || typeof value === 'function') continue;
    details[key] = value;
    any = true;
  }
  return any ? details : undefined;
}
