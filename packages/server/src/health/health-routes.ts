import { Hono } from 'hono';
import type { AnyToolRouter } from '../api/api-context.ts';

/**
 * `/healthz`: the process answers (200). `/readyz`: the store answers a query and this instance's
 * encryption keys decrypt the stored secrets (200), else 503 with the reason, so a load balancer
 * stops sending traffic to an instance that lost its database or was started with the wrong keys.
 *
 * @example
 * app.route('/', healthRoutes(router, console.error));
 */
export function healthRoutes(router: AnyToolRouter, onError: (error: unknown) => void): Hono {
  const app = new Hono();

  app.get('/healthz', (context) => context.json({ status: 'ok' }));

  app.get('/readyz', async (context) => {
    let keys: Awaited<ReturnType<AnyToolRouter['checkEncryptionKeys']>>;
    try {
      await router.ping();
      keys = await router.checkEncryptionKeys();
    } catch (error) {
      onError(error);
      return context.json({ status: 'unavailable', error: 'The store is not reachable.' }, 503);
    }
    // An instance whose keys read none of the stored secrets would fail every call that needs one.
    if (!keys.ok) return context.json({ status: 'unavailable', error: keys.reason }, 503);
    return context.json({ status: 'ready' });
  });

  return app;
}
