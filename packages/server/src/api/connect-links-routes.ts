import { Hono } from 'hono';
import { readJsonBody } from '../http/read-json-body.ts';
import type { ApiContext } from './api-context.ts';

/**
 * `/connect-links/:linkId`: what a connect link is for and whether it can still be used, and the
 * two ways to finish it from a connect page of your own: start its OAuth flow, or submit the form;
 * and `POST /connect-links/sweep`, which settles connections that can no longer finish.
 */
export function connectLinksRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.post('/sweep', async (context) => context.json(await router.connect.sweepStaleConnections()));

  app.get('/:linkId', async (context) =>
    context.json(await router.connect.getLink(context.req.param('linkId'))),
  );

  app.post('/:linkId/oauth', async (context) =>
    context.json({ authorizationUrl: await router.connect.startOAuth(context.req.param('linkId')) }),
  );

  app.post('/:linkId/credentials', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const credentials = (body.credentials ?? {}) as Record<string, unknown>;
    return context.json(await router.connect.submitCredentials(context.req.param('linkId'), credentials));
  });

  return app;
}
