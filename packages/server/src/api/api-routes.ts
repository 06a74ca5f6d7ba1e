import { Hono } from 'hono';
import { limitBody } from '../http/limit-body.ts';
import type { ResolvedRateLimits } from '../http/rate-limits.ts';
import type { AnyToolRouter } from './api-context.ts';
import { authConfigsRoutes } from './auth-configs-routes.ts';
import { authenticateAdminRequest } from './authenticate-admin-request.ts';
import { catalogRoutes, MAX_TOOLKIT_BODY_BYTES } from './catalog-routes.ts';
import { connectLinksRoutes } from './connect-links-routes.ts';
import { connectedAccountsRoutes } from './connected-accounts-routes.ts';
import { errorDetails } from './error-details.ts';
import { logsRoutes } from './logs-routes.ts';
import { oauthRoutes } from './oauth-routes.ts';
import { openApiDocument } from './openapi-document.ts';
import { serverInfoRoutes } from './server-info-routes.ts';
import { sessionsRoutes } from './sessions-routes.ts';

/**
 * `/api/v1`: everything the SDK does, over JSON, behind the admin key; what a remote-mode router
 * (`new ToolRouter({ apiUrl })`) calls. The OpenAPI document at `/api/v1/openapi.json` is public
 * (it holds no data).
 */
export function apiRoutes({
  router,
  apiKey,
  maxBodyBytes,
  rateLimits,
}: {
  router: AnyToolRouter;
  apiKey: string | undefined;
  maxBodyBytes: number;
  rateLimits: ResolvedRateLimits;
}): Hono {
  const context = { router };
  const app = new Hono();
  app.get('/openapi.json', (request) => request.json(openApiDocument()));
  app.use('*', authenticateAdminRequest(router, apiKey, rateLimits));
  // Bodies are bounded after authentication, so a stranger learns nothing; `POST /toolkits` takes
  // a whole toolkit definition, so it gets the larger of the two bounds.
  const defaultLimit = limitBody(maxBodyBytes);
  const toolkitLimit = limitBody(Math.max(maxBodyBytes, MAX_TOOLKIT_BODY_BYTES));
  app.use('*', (context, next) =>
    context.req.method === 'POST' && context.req.path.endsWith('/toolkits')
      ? toolkitLimit(context, next)
      : defaultLimit(context, next),
  );
  app.use('*', errorDetails());
  app.route('/', serverInfoRoutes(context));
  app.route('/sessions', sessionsRoutes(context));
  app.route('/', catalogRoutes(context));
  app.route('/auth-configs', authConfigsRoutes(context));
  app.route('/connected-accounts', connectedAccountsRoutes(context));
  app.route('/connect-links', connectLinksRoutes(context));
  app.route('/oauth', oauthRoutes(context));
  app.route('/logs', logsRoutes(context));
  return app;
}
