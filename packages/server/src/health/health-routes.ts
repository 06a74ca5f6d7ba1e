import { Hono } from 'hono';
import type { AnyToolRouter } from '../api/api-context.ts';

/**
 * `/healthz`: the process answers (200). `/readyz`: the store answers a query (200), else 503, so
 * a load balancer stops sending traffic to an instance that lost its database.
 *
 * @example
 * app.route('/', healthRoutes(router, console.error));
 */
export function healthRoutes(router: AnyToolRouter, onError: (error: unknown) => void): Hono {
  const app = new Hono();

  app.get('/healthz', (context) => context.json({ status: 'ok' }));

  app.get('/readyz', async (context) => {
    try {
      await router.ping();
      return context.json({ status: 'ready' });
    } catch (error) {
      onError(error);
      return context.json({ status: 'unavailable', error: 'The store is not reachable.' }, 503);
    }
  });

  return app;
}
