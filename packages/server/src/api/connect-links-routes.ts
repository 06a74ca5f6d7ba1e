import { Hono } from 'hono';
import type { ApiContext } from './api-context.ts';

/** `/connect-links/:linkId`: what a connect link is for and whether it can still be used. */
export function connectLinksRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.get('/:linkId', async (context) =>
    context.json(await router.connect.getLink(context.req.param('linkId'))),
  );

  return app;
}
