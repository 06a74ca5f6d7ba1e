import { createMcpHandler, isLegacyRequest } from '@modelcontextprotocol/server';
import type { ToolRouterSession } from '@toolrouter/core';
import { Hono } from 'hono';
import type { AnyToolRouter } from '../api/api-context.ts';
import { HttpError } from '../http/api-error.ts';
import { bearerToken } from '../http/bearer-token.ts';
import { isAllowedOrigin } from '../http/is-allowed-origin.ts';
import {
  authThrottled,
  clientAddress,
  countFailedAuth,
  overLimit,
  type ResolvedRateLimits,
} from '../http/rate-limits.ts';
import { readBoundedBody } from '../http/read-bounded-body.ts';
import { annotateRequest } from '../logging/request-context.ts';
import { calledTools } from './called-tools.ts';
import { createSessionMcpServer } from './create-session-mcp-server.ts';
import { isJsonRpcMessage } from './is-json-rpc-message.ts';
import {
  JSON_RPC_INVALID_REQUEST,
  JSON_RPC_PARSE_ERROR,
  JSON_RPC_SERVER_ERROR,
  jsonRpcErrorResponse,
} from './json-rpc-error-response.ts';
import { mcpCors } from './mcp-cors.ts';
import { mcpBearerChallenge } from './protected-resource-metadata.ts';
import { serveLegacyJson } from './serve-legacy-json.ts';
import { directToolCall, serveToolCall } from './serve-tool-call.ts';
import { createSessionToolCache } from './session-tool-cache.ts';

export interface McpRoutesOptions {
  router: AnyToolRouter;
  /** Browser origins allowed to call the endpoint; requests without `Origin` always pass. */
  allowedOrigins: ReadonlySet<string>;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  onError: (error: unknown) => void;
  /** Receives the MCP SDK's reports of bad client messages (no stack trace wanted). Default `onError`. */
  onProtocolError?: (error: unknown) => void;
  /** Public URL of the server, for the RFC 9728 `resource_metadata` link of a 401. */
  baseUrl: string;
  rateLimits: ResolvedRateLimits;
}

/**
 * `/mcp/:sessionId`: MCP Streamable HTTP, stateless, for one session. Checked in order: Origin
 * (403), the session's own bearer token (401), body size (413), JSON (-32700) and JSON-RPC shape
 * (-32600); then a fresh MCP server instance answers, for the 2026-07-28 revision or the
 * 2025-era fallback, whichever the client speaks. A 2025-era plain `tools/call` (one message, a
 * supported version) is answered by `serveToolCall` without SDK objects, with the same answer.
 *
 * @example
 * app.route('/mcp', mcpRoutes({ router, allowedOrigins: new Set(), maxBodyBytes: 1 << 20, onError: console.error, baseUrl }));
 */
export function mcpRoutes({
  router,
  allowedOrigins,
  maxBodyBytes,
  onError,
  onProtocolError = onError,
  baseUrl,
  rateLimits,
}: McpRoutesOptions): Hono {
  const tools = createSessionToolCache();
  const handler = createMcpHandler(
    ({ authInfo }) => createSessionMcpServer(authInfo?.extra?.session as ToolRouterSession, tools),
    { legacy: 'stateless', maxRequestBodySize: maxBodyBytes, onerror: onProtocolError },
  );
  const app = new Hono();

  // Browser MCP clients on an allowed origin need CORS (a preflight carries no token); others get no CORS headers.
  app.use('/:sessionId', mcpCors(allowedOrigins));

  app.all('/:sessionId', async (context) => {
    const request = context.req.raw;
    if (!isAllowedOrigin(request.headers.get('origin'), allowedOrigins)) {
      return jsonRpcErrorResponse(
        403,
        JSON_RPC_SERVER_ERROR,
        'Forbidden: this Origin is not allowed to use the MCP endpoint.',
      );
    }
    const sessionId = context.req.param('sessionId');
    const token = bearerToken(request.headers);
    const address = clientAddress(context);
    let session: ToolRouterSession | undefined;
    try {
      // Too many wrong tokens from this address: wait, even with a right one.
      const throttled = await authThrottled(router, address, rateLimits);
      if (throttled !== undefined) return tooMany(throttled, 'after failed authentication from this address');
      session = token ? await router.sessions.authenticate(sessionId, token) : undefined;
    } catch (error) {
      // Before authentication nothing of the failure (a store error names hosts and users) is told.
      onError(error);
      return jsonRpcErrorResponse(
        503,
        JSON_RPC_SERVER_ERROR,
        'Service unavailable: the server cannot check the session right now. Try again in a moment.',
      );
    }
    if (!session || !token) {
      await countFailedAuth(router, address, rateLimits).catch(onError);
      return jsonRpcErrorResponse(
        401,
        JSON_RPC_SERVER_ERROR,
        "Unauthorized: send this session's MCP token as Authorization: Bearer <token> (session.mcp.headers).",
        { 'WWW-Authenticate': mcpBearerChallenge(baseUrl, sessionId, token !== undefined && token !== '') },
      );
    }
    annotateRequest({ sessionId: session.sessionId, userId: session.userId });
    const authInfo = { token, clientId: session.sessionId, scopes: [], extra: { session } };
    const limited = async (weight: number) => {
      const forSession = await overLimit(router, `session:${session.sessionId}`, rateLimits.session, weight);
      if (forSession !== undefined) return tooMany(forSession, 'for this session');
      const forUser = await overLimit(router, `user:${session.userId}`, rateLimits.user, weight);
      if (forUser !== undefined) return tooMany(forUser, 'for this user');
      return undefined;
    };
    if (request.method !== 'POST') return (await limited(1)) ?? handler.fetch(request, { authInfo });

    let text: string;
    try {
      text = await readBoundedBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof HttpError)
        return jsonRpcErrorResponse(error.status, JSON_RPC_SERVER_ERROR, error.message);
      throw error;
    }
    let parsedBody: unknown;
    try {
      parsedBody = JSON.parse(text);
    } catch {
      return jsonRpcErrorResponse(
        400,
        JSON_RPC_PARSE_ERROR,
        'Parse error: the request body is not valid JSON.',
      );
    }
    if (!isJsonRpcMessage(parsedBody)) {
      return jsonRpcErrorResponse(
        400,
        JSON_RPC_INVALID_REQUEST,
        'Invalid Request: the body is not a JSON-RPC 2.0 message.',
      );
    }
    annotateRequest({ toolSlug: calledTools(parsedBody) });
    // Every message of a batch and every tool of a MULTI_EXECUTE is an upstream call to count.
    const calls = upstreamCalls(parsedBody);
    if (calls > rateLimits.maxUpstreamCallsPerRequest) {
      return jsonRpcErrorResponse(
        400,
        JSON_RPC_INVALID_REQUEST,
        `Invalid Request: it asks for ${calls} tool calls; one request may ask for at most ${rateLimits.maxUpstreamCallsPerRequest}.`,
      );
    }
    const refused = await limited(calls);
    if (refused) return refused;
    // The plain tools/call of every agent turn takes the lean path (same answer, no SDK objects):
    // only a message the SDK's routing below would call 2025-era qualifies, so it is asked first.
    const call = directToolCall(request, parsedBody);
    if (call) return serveToolCall(session, call, request.signal);
    // 2025-era clients (the SDK's own routing decides) get JSON answers rather than SSE. Given the
    // parsed body, neither that classification nor the JSON transport reads the request's body, so
    // the request itself (body already read) serves; the modern handler gets a copy carrying it.
    if (await isLegacyRequest(request, parsedBody, { maxRequestBodySize: maxBodyBytes })) {
      return serveLegacyJson(createSessionMcpServer(session, tools), request, { authInfo, parsedBody });
    }
    const forwarded = new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: text,
      signal: request.signal,
    });
    return handler.fetch(forwarded, { authInfo, parsedBody });
  });

  return app;
}

function tooMany(retryAfterSeconds: number, what: string): Response {
  return jsonRpcErrorResponse(
    429,
    JSON_RPC_SERVER_ERROR,
    `Too many requests ${what}. Try again in ${retryAfterSeconds} s.`,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/** The tool calls a JSON-RPC message (or batch) asks for: 1 per message, the tool count of a MULTI_EXECUTE. */
function upstreamCalls(body: unknown): number {
  const messages = Array.isArray(body) ? body : [body];
  let calls = 0;
  for (const message of messages) {
    const params = (message as { method?: unknown; params?: { name?: unknown; arguments?: unknown } })
      ?.params;
    let args = params?.arguments;
    if (typeof args === 'string') {
      try {
        args = JSON.parse(args);
      } catch {
        args = undefined;
      }
    }
    const tools = (args as { tools?: unknown } | undefined)?.tools;
    calls +=
      params?.name === 'TOOLROUTER_MULTI_EXECUTE_TOOL' && Array.isArray(tools)
        ? Math.max(1, tools.length)
        : 1;
  }
  return Math.max(1, calls);
}
