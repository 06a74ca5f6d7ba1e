import type { ToolkitDefinition } from '@toolrouter/toolkits';
import { Hono } from 'hono';
import { HttpError } from '../http/api-error.ts';
import { optionalString, requiredString } from '../http/body-fields.ts';
import { stringParameter } from '../http/query-parameters.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { annotateRequest } from '../logging/request-context.ts';
import type { ApiContext } from './api-context.ts';

/** How big a toolkit definition `POST /toolkits` takes (a whole vendor API runs to a few MiB); api-routes bounds it. */
export const MAX_TOOLKIT_BODY_BYTES = 16 * 1024 * 1024;

/** `/toolkits` and `/tools`: the catalog, stored toolkits, and running a tool for a user outside any session. */
export function catalogRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.get('/toolkits', async (context) => context.json({ items: await router.toolkits.list() }));

  app.post('/toolkits', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const toolkit = body.toolkit;
    if (!toolkit || typeof toolkit !== 'object' || Array.isArray(toolkit)) {
      throw new HttpError({
        status: 400,
        code: 'VALIDATION_ERROR',
        message: "The body needs 'toolkit': a toolkit definition object (slug, name, baseUrl, auth, tools).",
      });
    }
    const source = optionalString(body, 'source');
    const stored = await router.toolkits.register(toolkit as ToolkitDefinition, source ? { source } : {});
    return context.json(stored, 201);
  });

  app.delete('/toolkits/:slug', async (context) => {
    await router.toolkits.unregister(context.req.param('slug'));
    return context.body(null, 204);
  });

  app.get('/toolkits/:slug', async (context) =>
    context.json(await router.toolkits.get(context.req.param('slug'))),
  );

  app.get('/tools', async (context) => {
    const url = new URL(context.req.url);
    const toolkit = stringParameter(url, 'toolkit');
    const search = stringParameter(url, 'search');
    const items = await router.tools.list({ ...(toolkit ? { toolkit } : {}), ...(search ? { search } : {}) });
    return context.json({ items });
  });

  app.get('/tools/:slug', async (context) => context.json(await router.tools.get(context.req.param('slug'))));

  app.post('/tools/:slug/execute', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const account = optionalString(body, 'account');
    annotateRequest({
      toolSlug: context.req.param('slug'),
      userId: typeof body.userId === 'string' ? body.userId : undefined,
    });
    const result = await router.tools.execute(context.req.param('slug'), body.arguments ?? {}, {
      userId: requiredString(body, 'userId'),
      ...(account ? { account } : {}),
      signal: context.req.raw.signal,
    });
    return context.json(result);
  });

  return app;
}
