import type {
  ConnectedAccountStatus,
  CreateConnectedAccountInput,
  ListConnectedAccountsFilter,
} from '@toolrouter/core';
import { Hono } from 'hono';
import { HttpError } from '../http/api-error.ts';
import { objectField, requiredString } from '../http/body-fields.ts';
import { listParameter, stringParameter } from '../http/query-parameters.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { ApiContext } from './api-context.ts';

/**
 * `/connected-accounts`: users' accounts. `POST` imports credentials you already hold (an API key,
 * a token); they are never returned. Enable and disable keep the account but switch its use.
 */
export function connectedAccountsRoutes({ router, maxBodyBytes }: ApiContext): Hono {
  const app = new Hono();

  app.post('/', async (context) => {
    const body = await readJsonBody(context.req.raw, maxBodyBytes);
    requiredString(body, 'userId');
    requiredString(body, 'authConfigId');
    if (!objectField(body, 'credentials')) {
      throw new HttpError({
        status: 400,
        code: 'VALIDATION_ERROR',
        field: 'credentials',
        message: "Field 'credentials' (an object such as { apiKey }) is required.",
      });
    }
    return context.json(
      await router.connectedAccounts.create(body as unknown as CreateConnectedAccountInput),
      201,
    );
  });

  app.get('/', async (context) => {
    const url = new URL(context.req.url);
    const filter: ListConnectedAccountsFilter = {};
    const userId = stringParameter(url, 'userId');
    const toolkit = stringParameter(url, 'toolkit');
    const authConfigId = stringParameter(url, 'authConfigId');
    const status = listParameter(url, 'status');
    if (userId) filter.userId = userId;
    if (toolkit) filter.toolkit = toolkit;
    if (authConfigId) filter.authConfigId = authConfigId;
    if (status) filter.status = status as ConnectedAccountStatus[];
    return context.json({ items: await router.connectedAccounts.list(filter) });
  });

  app.get('/:id', async (context) =>
    context.json(await router.connectedAccounts.get(context.req.param('id'))),
  );

  app.delete('/:id', async (context) => {
    await router.connectedAccounts.delete(context.req.param('id'));
    return context.body(null, 204);
  });

  app.post('/:id/enable', async (context) =>
    context.json(await router.connectedAccounts.enable(context.req.param('id'))),
  );

  app.post('/:id/disable', async (context) =>
    context.json(await router.connectedAccounts.disable(context.req.param('id'))),
  );

  return app;
}
