import type { AuthInfo } from '@modelcontextprotocol/server';
import { type Server, WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/server';

/**
 * Answers one 2025-era (stateless) MCP POST with a plain JSON body instead of an SSE stream, as the
 * streamable HTTP spec allows: the session's tools send no message before their result, so a stream
 * only costs the piping of two ReadableStreams and extra writes per call. A fresh transport and
 * server per request. Torn down when the client goes away; once the answer is complete nothing of
 * theirs is pending (no timer, no open stream, no registration outside the two objects), so they
 * are left to the garbage collector: closing them built an SDK error with a stack trace per request
 * (~0.08 ms of an MCP call's CPU in the bench's profile).
 *
 * The SDK builds its JSON answer with the platform's `Response.json`, whose body is a stream; it
 * is handed on as a Response over the finished text instead, which `@hono/node-server` writes in
 * one go (headers and body in one socket write) rather than piping a stream chunk by chunk.
 *
 * @example
 * if (await isLegacyRequest(request, parsedBody)) return serveLegacyJson(createServer(), request, { authInfo, parsedBody });
 */
export async function serveLegacyJson(
  server: Server,
  request: Request,
  options: { authInfo: AuthInfo; parsedBody: unknown },
): Promise<Response> {
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  await server.connect(transport);
  const teardown = () => {
    transport.close().catch(() => {});
    server.close().catch(() => {});
  };
  request.signal.addEventListener('abort', teardown, { once: true });
  try {
    return asBufferedJson(await transport.handleRequest(request, options));
  } catch (error) {
    teardown();
    throw error;
  } finally {
    request.signal.removeEventListener('abort', teardown);
  }
}

async function asBufferedJson(response: Response): Promise<Response> {
  if (!response.body || !response.headers.get('content-type')?.startsWith('application/json'))
    return response;
  return new Response(await response.text(), { status: response.status, headers: response.headers });
}
