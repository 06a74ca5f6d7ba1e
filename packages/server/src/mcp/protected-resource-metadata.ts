import { Hono } from 'hono';

/**
 * The RFC 9728 metadata URL of a session's MCP endpoint: the well-known path inserted before the
 * resource's path (`https://tr.example.com/mcp/ses_1` →
 * `https://tr.example.com/.well-known/oauth-protected-resource/mcp/ses_1`).
 *
 * @example
 * protectedResourceMetadataUrl('https://tr.example.com', 'ses_1');
 */
export function protectedResourceMetadataUrl(baseUrl: string, sessionId: string): string {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return `${base.origin}/.well-known/oauth-protected-resource${prefix}/mcp/${encodeURIComponent(sessionId)}`;
}

/**
 * The `WWW-Authenticate` challenge of a refused MCP request (MCP authorization, 2025-11-25):
 * `Bearer resource_metadata="…"`, with `error="invalid_token"` when a token was sent.
 */
export function mcpBearerChallenge(baseUrl: string, sessionId: string, tokenSent: boolean): string {
  const metadata = protectedResourceMetadataUrl(baseUrl, sessionId);
  return `Bearer realm="toolrouter-mcp"${tokenSent ? ', error="invalid_token", error_description="The token is not valid for this session, or the session has expired."' : ''}, resource_metadata="${metadata}"`;
}

/**
 * `GET /.well-known/oauth-protected-resource/mcp/:sessionId`: the RFC 9728 protected resource
 * metadata of a session's MCP endpoint. The same answer for every id, so it tells nobody whether a
 * session exists; its tokens are issued by toolrouter with the session (`session.mcp.headers`),
 * not by an OAuth authorization server, so none is listed.
 */
export function protectedResourceMetadataRoutes(baseUrl: string): Hono {
  const app = new Hono();
  app.get('/.well-known/oauth-protected-resource/mcp/:sessionId', (context) => {
    const sessionId = context.req.param('sessionId');
    const resource = `${baseUrl.replace(/\/+$/, '')}/mcp/${encodeURIComponent(sessionId)}`;
    return context.json(
      {
        resource,
        bearer_methods_supported: ['header'],
        resource_name: 'toolrouter MCP session',
        resource_documentation: `${baseUrl.replace(/\/+$/, '')}/api/v1/openapi.json`,
      },
      200,
      { 'cache-control': 'public, max-age=3600' },
    );
  });
  return app;
}
