import type { ListLogsFilter } from '@toolrouter/core';
import { Hono } from 'hono';
import { booleanParameter, integerParameter, stringParameter } from '../http/query-parameters.ts';
import type { ApiContext } from './api-context.ts';

/**
 * `/logs`: tool executions, newest first, one page at a time (`nextCursor`), filtered by user,
 * session, toolkit, tool, outcome and time (`since`, `until`); `/logs/:id` one execution with its
 * redacted arguments and result.
 */
export function logsRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.get('/', async (context) => {
    const url = new URL(context.req.url);
    const filter: ListLogsFilter = {};
    for (const name of ['userId', 'sessionId', 'toolkit', 'toolSlug', 'since', 'until', 'cursor'] as const) {
      const value = stringParameter(url, name);
      if (value) filter[name] = value;
    }
    const successful = booleanParameter(url, 'successful');
    const limit = integerParameter(url, 'limit');
    if (successful !== undefined) filter.successful = successful;
    if (limit !== undefined) filter.limit = limit;
    return context.json(await router.logs.list(filter));
  });

  app.get('/:id', async (context) => context.json(await router.logs.get(context.req.param('id'))));

  return app;
}
