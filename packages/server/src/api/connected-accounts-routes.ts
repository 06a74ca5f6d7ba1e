import type {
  ConnectedAccountStatus,
  CreateConnectedAccountInput,
  ListConnectedAccountsFilter,
} from '@toolrouter/core';
import { Hono } from 'hono';
import { integerParameter, listParameter, stringParameter } from '../http/query-parameters.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { ApiContext } from './api-context.ts';

/** Wait of `GET /:id/wait` without `timeoutMs`, and the longest one request may ask for. */
const DEFAULT_WAIT_MS = 25_000;
const MAX_WAIT_MS = 60_000;

/**
 * `/connected-accounts`: users' accounts. `POST` imports credentials you already hold (an API key,
 * a token); they are never returned (core validates the body and names the field). Enable and
 * disable keep the account but switch its use. `GET /:id/wait` long-polls for a connection.
 */
export function connectedAccountsRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.post('/', async (context) => {
    const body = await readJsonBody(context.req.raw);
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

  /**
   * Long poll: answers with the account as soon as it is ACTIVE (woken by the account's status
   * event, on any instance), with CONNECTION_FAILED when it fails, and with 408
   * CONNECTION_REQUEST_TIMEOUT after `timeoutMs` (default 25 s, at most 60 s: ask again).
   */
  app.get('/:id/wait', async (context) => {
    const requested = integerParameter(new URL(context.req.url), 'timeoutMs') ?? DEFAULT_WAIT_MS;
    const { signal } = context.req.raw;
    try {
      const account = await router.connectedAccounts.waitForConnection(
        context.req.param('id'),
        Math.min(requested, MAX_WAIT_MS),
        { signal },
      );
      return context.json(account);
    } catch (error) {
      // The client went away: nobody reads an answer.
      if (signal.aborted) return context.body(null, 499 as 400);
      throw error;
    }
  });

  app.post('/:id/enable', async (context) =>
    context.json(await router.connectedAccounts.enable(context.req.param('id'))),
  );

  app.post('/:id/disable', async (context) =>
    context.json(await router.connectedAccounts.disable(context.req.param('id'))),
  );

  return app;
}
