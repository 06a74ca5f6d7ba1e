import { Hono } from 'hono';
import type { AnyToolRouter } from './api/api-context.ts';
import { apiRoutes } from './api/api-routes.ts';
import { restExecuteFastPath } from './api/rest-execute-fast-path.ts';
import { connectRoutes } from './connect/connect-routes.ts';
import { dashboardRoutes } from './dashboard/dashboard-routes.ts';
import { healthRoutes } from './health/health-routes.ts';
import { allowedHostMatcher, hostGuard } from './http/host-guard.ts';
import { normalizeOrigin } from './http/is-allowed-origin.ts';
import { resolveRateLimits } from './http/rate-limits.ts';
import { toErrorResponse } from './http/to-error-response.ts';
import { logClientError, logUnexpectedError } from './logging/log-error.ts';
import { requestLog } from './logging/request-log.ts';
import { mcpRoutes } from './mcp/mcp-routes.ts';
import { protectedResourceMetadataRoutes } from './mcp/protected-resource-metadata.ts';
import { type CreateServerOptions, DEFAULT_MAX_BODY_BYTES } from './server-options.ts';

/**
 * The whole HTTP surface of a router as a Hono app (a web-standard `fetch` handler): the REST API
 * under `/api/v1`, MCP at `/mcp/:sessionId`, the hosted connect pages, the OAuth callback and the
 * health checks. Serve it alone, or mount `app.fetch` in Next.js, Express, Bun or Workers.
 *
 * @example
 * import { serve } from '@hono/node-server';
 * const router = new ToolRouter({ baseUrl: 'http://localhost:8080' });
 * const app = createServer(router, { apiKey: process.env.TOOLROUTER_API_KEY });
 * serve({ fetch: app.fetch, port: 8080 });
 */
export function createServer(router: AnyToolRouter, options: CreateServerOptions = {}): Hono {
  const env = options.env ?? process.env;
  const logger = options.logger;
  const onError =
    options.onError ??
    (logger ? logUnexpectedError(logger) : (error: unknown) => console.error('toolrouter server:', error));
  const baseUrl = options.baseUrl ?? router.baseUrl;
  const allowedOrigins = new Set<string>();
  for (const origin of [
    baseUrl,
    ...(options.allowedOrigins ?? env.TOOLROUTER_ALLOWED_ORIGINS?.split(',') ?? []),
  ]) {
    const normalized = normalizeOrigin(origin.trim());
    if (normalized) allowedOrigins.add(normalized);
  }
  // The connect form may only be posted from the server's own pages.
  const pageOrigins = new Set([normalizeOrigin(baseUrl)].filter((origin) => origin !== undefined));
  // A key can never be sent with surrounding whitespace (a secret file's newline), so it never has any.
  const apiKey = (options.apiKey ?? env.TOOLROUTER_API_KEY)?.trim();

  const rateLimits = resolveRateLimits(options.rateLimits, env);
  const app = new Hono();
  if (logger) app.use('*', requestLog(logger));
  app.onError((error, context) => {
    const { status, body } = toErrorResponse(error, onError);
    return context.json(body, status as 400);
  });
  app.notFound((context) =>
    context.json(
      {
        error: {
          code: 'NOT_FOUND',
          message: `No route for ${context.req.method} ${new URL(context.req.url).pathname}.`,
        },
      },
      404,
    ),
  );
  // REST and MCP answer only to this server's own host names (DNS rebinding).
  const isAllowedHost = allowedHostMatcher(
    baseUrl,
    options.allowedHosts ?? env.TOOLROUTER_ALLOWED_HOSTS?.split(',') ?? [],
  );
  const checkHost = hostGuard(isAllowedHost);
  app.use('/api/*', checkHost);
  app.use('/mcp/*', checkHost);
  app.route('/', healthRoutes(router, onError));
  // The dashboard (and its `/` → `/dashboard` redirect) only with an admin key to sign in with: an
  // app that embeds createServer without one keeps its own `/`.
  if (apiKey) {
    app.route(
      '/',
      dashboardRoutes({ router, apiKey, baseUrl, onError, toolkits: options.toolkits ?? [], rateLimits }),
    );
  }
  app.route('/', connectRoutes({ router, allowedOrigins: pageOrigins, onError, baseUrl }));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  app.route('/api/v1', apiRoutes({ router, apiKey, maxBodyBytes, rateLimits }));
  app.route(
    '/mcp',
    mcpRoutes({
      router,
      allowedOrigins,
      maxBodyBytes: options.maxMcpBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError,
      ...(logger ? { onProtocolError: logClientError(logger) } : {}),
      baseUrl,
      rateLimits,
    }),
  );
  app.route('/', protectedResourceMetadataRoutes(baseUrl));
  // On Node (`@hono/node-server`), the REST execute call as clients send it skips Hono's request
  // path; everything else, and any request that call would refuse, goes through the app above.
  if (options.leanRestExecute === false) return app;
  const fastPath = restExecuteFastPath({
    router,
    apiKey,
    maxBodyBytes,
    rateLimits,
    isAllowedHost,
    onError,
    logger,
  });
  const honoFetch = app.fetch;
  app.fetch = (request, env, executionContext) =>
    fastPath(request, env) ?? honoFetch(request, env, executionContext);
  return app;
}
