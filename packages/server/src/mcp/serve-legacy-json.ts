import type { AuthInfo } from '@modelcontextprotocol/server';
import { type Server, WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/server';

/**
 * Answers one 2025-era (stateless) MCP POST with a plain JSON body instead of an SSE stream, as the
 * streamable HTTP spec allows: the session's tools send no message before their result, so a stream
 * only costs the piping of two ReadableStreams and extra writes per call. A fresh transport and
 * server per request, torn down when the answer is out or the client goes away.
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
    return await transport.handleRequest(request, options);
  } finally {
    request.signal.removeEventListener('abort', teardown);
    teardown();
  }
}
