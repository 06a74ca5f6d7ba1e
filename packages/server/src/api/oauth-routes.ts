import type { OAuthCallbackParams } from '@toolrouter/core';
import { Hono } from 'hono';
import { readJsonBody } from '../http/read-json-body.ts';
import type { ApiContext } from './api-context.ts';

/**
 * `/oauth/callback`: finish an OAuth connection with the query the provider sent to your own
 * callback page (`router.connect.handleOAuthCallback` of a remote client). The hosted
 * `GET /oauth/callback` outside `/api/v1` does the same for browsers.
 */
export function oauthRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.post('/callback', async (context) => {
    const body = await readJsonBody(context.req.raw);
    return context.json(await router.connect.handleOAuthCallback(body as OAuthCallbackParams));
  });

  return app;
}
