import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http/api-error.ts';
import { bearerToken } from '../http/bearer-token.ts';
import { secretMatcher } from '../http/matches-secret.ts';

/**
 * Lets a request through only with `Authorization: Bearer <admin key>` (constant-time compare).
 * Without a configured key every request is refused: the REST API is never open by accident.
 *
 * @example
 * app.use('/api/v1/*', requireAdminKey(process.env.TOOLROUTER_API_KEY));
 */
export function requireAdminKey(apiKey: string | undefined): MiddlewareHandler {
  const isAdminKey = apiKey ? secretMatcher(apiKey) : () => false;
  return async function requireAdminKeyMiddleware(context, next) {
    if (!apiKey) {
      throw new HttpError({
        status: 401,
        code: 'UNAUTHORIZED',
        message:
          'The REST API is disabled: no admin key is configured. Set TOOLROUTER_API_KEY or pass apiKey to createServer().',
      });
    }
    if (!isAdminKey(bearerToken(context.req.raw.headers))) {
      context.header('WWW-Authenticate', 'Bearer realm="toolrouter"');
      throw new HttpError({
        status: 401,
        code: 'UNAUTHORIZED',
        message: 'Send the admin API key as Authorization: Bearer <TOOLROUTER_API_KEY>.',
      });
    }
    await next();
  };
}
