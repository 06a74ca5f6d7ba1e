import type { CreateAuthConfigInput, UpdateAuthConfigInput } from '@toolrouter/core';
import { Hono } from 'hono';
import { stringParameter } from '../http/query-parameters.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { ApiContext } from './api-context.ts';

/**
 * `/auth-configs`: how each toolkit's users authenticate. App secrets go in and never come out.
 * Bodies go to core as they came: its validation names the field, as in embedded mode.
 */
export function authConfigsRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.post('/', async (context) => {
    const body = await readJsonBody(context.req.raw);
    return context.json(await router.authConfigs.create(body as unknown as CreateAuthConfigInput), 201);
  });

  app.get('/', async (context) => {
    const toolkit = stringParameter(new URL(context.req.url), 'toolkit');
    return context.json({ items: await router.authConfigs.list(toolkit ? { toolkit } : {}) });
  });

  app.get('/:id', async (context) => context.json(await router.authConfigs.get(context.req.param('id'))));

  app.patch('/:id', async (context) => {
    const body = await readJsonBody(context.req.raw);
    return context.json(
      await router.authConfigs.update(context.req.param('id'), body as UpdateAuthConfigInput),
    );
  });

  app.delete('/:id', async (context) => {
    await router.authConfigs.delete(context.req.param('id'));
    return context.body(null, 204);
  });

  return app;
}
