import type { MiddlewareHandler } from 'hono';
import { normalizeOrigin } from '../http/is-allowed-origin.ts';

const ALLOW_METHODS = 'POST,GET,DELETE';
const ALLOW_HEADERS = 'Authorization,Content-Type,Accept,Mcp-Protocol-Version,Mcp-Session-Id,Last-Event-ID';
const EXPOSE_HEADERS = 'Mcp-Session-Id,Mcp-Protocol-Version,WWW-Authenticate';

/**
 * CORS for the MCP endpoint: browser MCP clients on an allowed origin get
 * `Access-Control-Allow-Origin` (and a preflight answer, which carries no token); other origins get
 * no grant. The same headers as Hono's `cors` middleware, added to the route's own answer once it
 * is made: Hono's sets them on a placeholder response before the route runs, which makes Hono copy
 * the route's answer into a new Response (its body becoming a stream, written chunk by chunk).
 *
 * @example
 * app.use('/:sessionId', mcpCors(new Set(['https://inspector.example'])));
 */
export function mcpCors(allowedOrigins: ReadonlySet<string>): MiddlewareHandler {
  const allowed = (origin: string | undefined) =>
    origin !== undefined && allowedOrigins.has(normalizeOrigin(origin) ?? '') ? origin : undefined;
  return async function mcpCorsMiddleware(context, next) {
    const origin = allowed(context.req.header('origin'));
    if (context.req.method === 'OPTIONS') {
      const headers = new Headers({
        'Access-Control-Expose-Headers': EXPOSE_HEADERS,
        'Access-Control-Max-Age': '600',
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        Vary: 'Origin, Access-Control-Request-Headers',
      });
      if (origin) headers.set('Access-Control-Allow-Origin', origin);
      return new Response(null, { status: 204, headers });
    }
    await next();
    try {
      addCorsHeaders(context.res.headers, origin);
    } catch {
      // Immutable headers (a Response passed through from elsewhere): on a copy.
      context.res = new Response(context.res.body, context.res);
      addCorsHeaders(context.res.headers, origin);
    }
  };
}

function addCorsHeaders(headers: Headers, origin: string | undefined): void {
  if (origin) headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  headers.append('Vary', 'Origin');
}
