import { Hono } from 'hono';
import type { ApiContext } from './api-context.ts';

/** `/info` and `/ping`: what a remote client asks first, and a readiness check behind the admin key. */
export function serverInfoRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.get('/info', (context) => context.json({ baseUrl: router.baseUrl }));

  app.get('/ping', async (context) => {
    await router.ping();
    return context.body(null, 204);
  });

  return app;
}
