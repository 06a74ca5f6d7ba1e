import type { ToolExecutionResult } from '@toolrouter/core';
import { optionalString, requiredString } from '../http/body-fields.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { annotateRequest } from '../logging/request-context.ts';
import type { AnyToolRouter } from './api-context.ts';

/**
 * `POST /api/v1/sessions/:sessionId/execute`: reads the body (`toolSlug`, `arguments`, `account`),
 * reopens the session and runs the tool; the request's abort signal stops the upstream call when
 * the client goes away. Shared by the Hono route and the lean path (`rest-execute-fast-path.ts`),
 * so both answer the same.
 *
 * @example
 * app.post('/:sessionId/execute', async (context) =>
 *   context.json(await executeSessionTool(router, context.req.param('sessionId'), context.req.raw)));
 */
export async function executeSessionTool(
  router: AnyToolRouter,
  sessionId: string,
  request: Request,
): Promise<ToolExecutionResult> {
  const body = await readJsonBody(request);
  const session = await useSession(router, sessionId);
  const account = optionalString(body, 'account');
  annotateRequest({ toolSlug: typeof body.toolSlug === 'string' ? body.toolSlug : undefined });
  return session.execute(stringField(body, 'toolSlug'), body.arguments ?? {}, {
    ...(account ? { account } : {}),
    signal: request.signal,
  });
}

/** Reopens a session and names it and its user in the request log. */
export async function useSession(router: AnyToolRouter, sessionId: string) {
  annotateRequest({ sessionId });
  const session = await router.sessions.use(sessionId);
  annotateRequest({ userId: session.userId });
  return session;
}

/** A string field as it came (empty included: core answers that); anything else is a 400. */
export function stringField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  return typeof value === 'string' ? value : requiredString(body, field);
}
