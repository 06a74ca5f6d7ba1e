import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { type RequestLogFields, runWithRequestContext } from './request-context.ts';

/** A caller's `X-Request-Id` is kept only when it is short and plain (it goes into every log line). */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * One log line per HTTP request: request id, method, route pattern (never the raw path or query,
 * which may hold a connect-link id or an OAuth code), status, duration, and the session, user and
 * tool the routes learned. The request id comes from `X-Request-Id` or is generated, and is sent
 * back in the same header. 5xx answers log at `error`, the rest at `info`.
 *
 * @example
 * app.use('*', requestLog(createLogger()));
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async function requestLogMiddleware(context, next) {
    const started = performance.now();
    const fields = requestLogFields(context.req.header('x-request-id'));
    await runWithRequestContext(fields, async () => {
      try {
        await next();
      } finally {
        context.res.headers.set('x-request-id', fields.requestId);
        writeRequestLine(logger, fields, context.req.method, routeOf(context), context.res.status, started);
      }
    });
  };
}

/** A request's log fields: the caller's `X-Request-Id` when short and plain, else a new one. */
export function requestLogFields(incomingId: string | undefined): RequestLogFields {
  return { requestId: incomingId && REQUEST_ID.test(incomingId) ? incomingId : randomUUID() };
}

/** The one line of a request (shared with `rest-execute-fast-path.ts`); 5xx at `error`. */
export function writeRequestLine(
  logger: Logger,
  fields: RequestLogFields,
  method: string,
  route: string,
  status: number,
  started: number,
): void {
  const line = {
    requestId: fields.requestId,
    method,
    route,
    status,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    sessionId: fields.sessionId,
    userId: fields.userId,
    toolSlug: fields.toolSlug,
  };
  if (status >= 500) logger.error(line, 'request');
  else logger.info(line, 'request');
}

/** The pattern of the route that answered (`/api/v1/sessions/:sessionId`), or `(unmatched)`. */
function routeOf(context: Context): string {
  const handlers = context.req.matchedRoutes.filter(
    (route) => route.method !== 'ALL' || !route.path.endsWith('*'),
  );
  const last = handlers.at(-1);
  return last ? last.path : '(unmatched)';
}
