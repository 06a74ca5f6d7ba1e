import {
  type ConnectionRequest,
  ConnectionRequestTimeoutError,
  type ProxyExecuteInput,
  type SessionConfig,
  type SessionToolkitsQuery,
} from '@toolrouter/core';
import { Hono } from 'hono';
import {
  integerField,
  objectField,
  optionalString,
  requiredString,
  stringArrayField,
} from '../http/body-fields.ts';
import {
  booleanParameter,
  integerParameter,
  listParameter,
  stringParameter,
} from '../http/query-parameters.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { annotateRequest } from '../logging/request-context.ts';
import type { ApiContext } from './api-context.ts';
import { executeSessionTool, stringField, useSession } from './execute-session-tool.ts';

/**
 * `/sessions`: create, read, list, update (optimistic with `expectedConfigVersion`) and delete
 * sessions, and use one: search, execute, toolkits, tools, authorize, ensure-connected, proxy.
 * Values go to core as they came, so its validation (and its messages) answer, as in embedded mode.
 */
export function sessionsRoutes({ router }: ApiContext): Hono {
  const app = new Hono();

  app.post('/', async (context) => {
    const body = await readJsonBody(context.req.raw);
    annotateRequest({ userId: typeof body.userId === 'string' ? body.userId : undefined });
    const session = await router.sessions.create(
      body.userId as string,
      objectField(body, 'config') as SessionConfig,
    );
    return context.json(session.toJSON(), 201);
  });

  app.get('/', async (context) => {
    const userId = stringParameter(new URL(context.req.url), 'userId');
    const sessions = await router.sessions.list(userId ? { userId } : {});
    return context.json({ items: sessions.map((session) => session.toJSON()) });
  });

  app.get('/:sessionId', async (context) => {
    const session = await useSession(router, context.req.param('sessionId'));
    return context.json(session.toJSON());
  });

  app.patch('/:sessionId', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const expected = integerField(body, 'expectedConfigVersion');
    const session = await useSession(router, context.req.param('sessionId'));
    await session.update(
      (objectField(body, 'config') ?? {}) as SessionConfig,
      expected === undefined ? {} : { expectedConfigVersion: expected },
    );
    return context.json(session.toJSON());
  });

  /** A new MCP token for the session; the old one stops working at once. */
  app.post('/:sessionId/rotate-token', async (context) => {
    annotateRequest({ sessionId: context.req.param('sessionId') });
    const session = await router.sessions.rotateToken(context.req.param('sessionId'));
    return context.json(session.toJSON());
  });

  /** Every config the session has had, oldest first. */
  app.get('/:sessionId/config-history', async (context) => {
    annotateRequest({ sessionId: context.req.param('sessionId') });
    const session = await router.sessions.use(context.req.param('sessionId'));
    return context.json({ items: await session.listConfigHistory() });
  });

  app.delete('/:sessionId', async (context) => {
    await router.sessions.delete(context.req.param('sessionId'));
    return context.body(null, 204);
  });

  app.post('/:sessionId/search', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const session = await useSession(router, context.req.param('sessionId'));
    const toolkits = stringArrayField(body, 'toolkits');
    const limit = integerField(body, 'limit');
    const items = await session.search({
      query: requiredString(body, 'query'),
      ...(toolkits ? { toolkits } : {}),
      ...(limit !== undefined ? { limit } : {}),
    });
    return context.json({ items });
  });

  app.post('/:sessionId/execute', async (context) =>
    context.json(await executeSessionTool(router, context.req.param('sessionId'), context.req.raw)),
  );

  app.get('/:sessionId/toolkits', async (context) => {
    const url = new URL(context.req.url);
    const session = await useSession(router, context.req.param('sessionId'));
    const query: SessionToolkitsQuery = {};
    const toolkits = listParameter(url, 'toolkits');
    const search = stringParameter(url, 'search');
    const isConnected = booleanParameter(url, 'isConnected');
    const cursor = stringParameter(url, 'cursor');
    const limit = integerParameter(url, 'limit');
    if (toolkits) query.toolkits = toolkits;
    if (search) query.search = search;
    if (isConnected !== undefined) query.isConnected = isConnected;
    if (cursor) query.cursor = cursor;
    if (limit !== undefined) query.limit = limit;
    return context.json(await session.toolkits(query));
  });

  app.post('/:sessionId/authorize', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const session = await useSession(router, context.req.param('sessionId'));
    const callbackUrl = optionalString(body, 'callbackUrl');
    const alias = optionalString(body, 'alias');
    const request = await session.authorize(body.toolkit as string, {
      ...(callbackUrl ? { callbackUrl } : {}),
      ...(alias ? { alias } : {}),
    });
    return context.json(connectionRequestJson(request), 201);
  });

  /**
   * `session.ensureConnected` without the wait: the toolkit's account when it can run, else a
   * connection request (the client hands it to `onRedirect` and long-polls it). The check and the
   * authorize are core's own: ensureConnected with no time to wait, whose link is kept.
   */
  app.post('/:sessionId/ensure-connected', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const session = await useSession(router, context.req.param('sessionId'));
    const toolkit = stringField(body, 'toolkit');
    const callbackUrl = optionalString(body, 'callbackUrl');
    const alias = optionalString(body, 'alias');
    let pending: ConnectionRequest | undefined;
    try {
      const result = await session.ensureConnected(toolkit, {
        ...(callbackUrl ? { callbackUrl } : {}),
        ...(alias ? { alias } : {}),
        timeoutMs: 0,
        onRedirect: (request) => {
          pending = request;
        },
      });
      return context.json(result);
    } catch (error) {
      if (!pending || !ConnectionRequestTimeoutError.isInstance(error)) throw error;
      return context.json({
        toolkit,
        wasConnected: false,
        connectionRequest: connectionRequestJson(pending),
      });
    }
  });

  app.post('/:sessionId/proxy', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const session = await useSession(router, context.req.param('sessionId'));
    stringField(body, 'toolkit');
    const result = await session.proxyExecute(body as unknown as ProxyExecuteInput, {
      signal: context.req.raw.signal,
    });
    return context.json(result);
  });

  /** Whether `token` is this session's MCP token: `{ session }`, or `{ session: null }`. */
  app.post('/:sessionId/authenticate', async (context) => {
    const body = await readJsonBody(context.req.raw);
    const token = typeof body.token === 'string' ? body.token : '';
    const session = await router.sessions.authenticate(context.req.param('sessionId'), token);
    return context.json({ session: session?.toJSON() ?? null });
  });

  app.get('/:sessionId/tools', async (context) => {
    const session = await useSession(router, context.req.param('sessionId'));
    return context.json({ items: await session.listTools() });
  });

  return app;
}

function connectionRequestJson({ id, status, redirectUrl, linkId, expiresAt }: ConnectionRequest) {
  return { id, status, redirectUrl, linkId, expiresAt };
}
