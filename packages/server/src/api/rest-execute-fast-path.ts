import type { IncomingMessage } from 'node:http';
import { ToolRouterError } from '@toolrouter/core';
import type { Logger } from 'pino';
import { bearerTokenOf } from '../http/bearer-token.ts';
import { secretMatcher } from '../http/matches-secret.ts';
import {
  addressOf,
  authThrottled,
  overLimit,
  type ResolvedRateLimits,
  rateLimitedResponse,
} from '../http/rate-limits.ts';
import { toErrorResponse } from '../http/to-error-response.ts';
import { runWithRequestContext } from '../logging/request-context.ts';
import { requestLogFields, writeRequestLine } from '../logging/request-log.ts';
import type { AnyToolRouter } from './api-context.ts';
import { errorDetailsOf } from './error-details.ts';
import { executeSessionTool } from './execute-session-tool.ts';

/** `/api/v1/sessions/<id>/execute` with a plain session id and no query. */
const EXECUTE_PATH = /^\/api\/v1\/sessions\/([\w-]+)\/execute$/;
const EXECUTE_ROUTE = '/api/v1/sessions/:sessionId/execute';

/** What the lean path needs of `createServer`'s resolved options. */
export interface RestExecuteFastPathOptions {
  router: AnyToolRouter;
  apiKey: string | undefined;
  maxBodyBytes: number;
  rateLimits: ResolvedRateLimits;
  isAllowedHost: (host: string) => boolean;
  onError: (error: unknown) => void;
  logger: Logger | undefined;
}

/**
 * The REST execute call, answered without Hono: `POST /api/v1/sessions/:sessionId/execute` as every
 * client sends it (one `Host`, one admin key that matches, a Content-Length within the limit, a
 * plain session id, no query). It runs the same steps as the Hono app, in the same order (failed-
 * authentication throttle, admin-key limit, body, session, execute, request log) with the same
 * functions, and answers the same bytes (`rest-execute-fast-path.test.ts` compares them). Anything
 * else returns `undefined` before any side effect, and the Hono app answers it: a wrong host or key,
 * a streamed or oversized body, another route. Only on `@hono/node-server`, whose `env.incoming`
 * gives the raw Node headers; elsewhere it always returns `undefined`.
 *
 * Hono's router, middleware chain and context, the adapter's `Headers` and the per-middleware
 * promises were a fifth of the instructions of a REST execute (see docs/design-notes.md).
 *
 * @example
 * const fast = restExecuteFastPath(options);
 * app.fetch = (request, env, context) => fast(request, env) ?? honoFetch(request, env, context);
 */
export function restExecuteFastPath({
  router,
  apiKey,
  maxBodyBytes,
  rateLimits,
  isAllowedHost,
  onError,
  logger,
}: RestExecuteFastPathOptions): (request: Request, env: unknown) => Promise<Response> | undefined {
  if (!apiKey) return () => undefined;
  const isAdminKey = secretMatcher(apiKey);

  async function answer(request: Request, incoming: IncomingMessage, sessionId: string): Promise<Response> {
    try {
      const throttled = await authThrottled(router, addressOf(incoming), rateLimits);
      if (throttled !== undefined)
        return rateLimitedResponse(throttled, 'with a wrong key from this address');
      const wait = await overLimit(router, 'admin-key', rateLimits.adminKey);
      if (wait !== undefined) return rateLimitedResponse(wait, 'with the admin key');
      return jsonResponse(await executeSessionTool(router, sessionId, request), 200, false);
    } catch (error) {
      // As the app's error handler, then `errorDetails` (which answers again, with headers kept).
      const { status, body } = toErrorResponse(error, onError);
      const details = ToolRouterError.isInstance(error) ? errorDetailsOf(error) : undefined;
      return details
        ? jsonResponse({ error: { ...body.error, details } }, status, true)
        : jsonResponse(body, status, false);
    }
  }

  return function restExecuteFastPathFetch(request, env) {
    const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming?.method !== 'POST') return undefined;
    const path = incoming.url;
    if (path === undefined || !path.endsWith('/execute')) return undefined;
    const sessionId = EXECUTE_PATH.exec(path)?.[1];
    if (sessionId === undefined) return undefined;
    const headers = singleHeaders(incoming.rawHeaders);
    if (!headers) return undefined;
    if (headers.host === undefined || !isAllowedHost(headers.host)) return undefined;
    if (headers.contentLength === undefined || headers.transferEncoding) return undefined;
    if (Number.parseInt(headers.contentLength, 10) > maxBodyBytes) return undefined;
    if (!isAdminKey(bearerTokenOf(headers.authorization))) return undefined;
    if (!logger) return answer(request, incoming, sessionId);
    const started = performance.now();
    const fields = requestLogFields(headers.requestId);
    return runWithRequestContext(fields, async () => {
      let response: Response | undefined;
      try {
        response = await answer(request, incoming, sessionId);
        return response;
      } finally {
        // `answer` never throws, but a logger might: the line is written whatever happens, as the
        // middleware's `finally` does.
        response?.headers.set('x-request-id', fields.requestId);
        writeRequestLine(logger, fields, 'POST', EXECUTE_ROUTE, response?.status ?? 500, started);
      }
    });
  };
}

/**
 * As Hono's `context.json`: a JSON text with `Content-Type: application/json`. `answeredAgain` as
 * when a middleware replaces an answer (`errorDetails`): Hono builds the new one over the body of
 * the first (a stream), which the adapter writes with its own `content-length` header.
 */
function jsonResponse(value: unknown, status: number, answeredAgain: boolean): Response {
  const text = JSON.stringify(value);
  if (!answeredAgain) return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
  const first = new Response(text, { status, headers: new Headers({ 'Content-Type': 'application/json' }) });
  return new Response(first.body, first);
}

interface SingleHeaders {
  host?: string;
  authorization?: string;
  contentLength?: string;
  transferEncoding?: boolean;
  requestId?: string;
}

/**
 * The headers the lean path reads, from Node's raw list; undefined when one of them comes twice
 * (a `Headers` would join the values, Node keeps the first: such a request goes to Hono).
 */
function singleHeaders(raw: string[]): SingleHeaders | undefined {
  const found: SingleHeaders = {};
  for (let index = 0; index < raw.length; index += 2) {
    const name = raw[index]!;
    const value = raw[index + 1]!;
    switch (name.length) {
      case 4:
        if (name.toLowerCase() !== 'host') break;
        if (found.host !== undefined) return undefined;
        found.host = value;
        break;
      case 13:
        if (name.toLowerCase() !== 'authorization') break;
        if (found.authorization !== undefined) return undefined;
        found.authorization = value;
        break;
      case 14:
        if (name.toLowerCase() !== 'content-length') break;
        if (found.contentLength !== undefined) return undefined;
        found.contentLength = value;
        break;
      case 17:
        if (name.toLowerCase() === 'transfer-encoding') found.transferEncoding = true;
        break;
      case 12:
        if (name.toLowerCase() !== 'x-request-id') break;
        if (found.requestId !== undefined) return undefined;
        found.requestId = value;
        break;
    }
  }
  return found;
}
