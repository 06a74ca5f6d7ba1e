import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http/api-error.ts';
import { bearerToken } from '../http/bearer-token.ts';
import { secretMatcher } from '../http/matches-secret.ts';
import {
  authThrottled,
  clientAddress,
  countFailedAuth,
  overLimit,
  type ResolvedRateLimits,
  rateLimitedResponse,
} from '../http/rate-limits.ts';
import type { AnyToolRouter } from './api-context.ts';

/**
 * The REST API's gate, in one pass over the request: without a configured admin key every request
 * is refused (the API is never open by accident); a client address with too many failed
 * authentications waits (429) even with the right key, so a key cannot be guessed at speed; a
 * wrong or missing key is counted and answered 401; a right one counts against the admin key's
 * limit. The presented key is compared in constant time, once.
 *
 * @example
 * app.use('*', authenticateAdminRequest(router, process.env.TOOLROUTER_API_KEY, resolveRateLimits()));
 */
export function authenticateAdminRequest(
  router: AnyToolRouter,
  apiKey: string | undefined,
  limits: ResolvedRateLimits,
): MiddlewareHandler {
  const isAdminKey = apiKey ? secretMatcher(apiKey) : () => false;
  return async function authenticateAdminRequestMiddleware(context, next) {
    const address = clientAddress(context);
    const throttled = await authThrottled(router, address, limits);
    if (throttled !== undefined) return rateLimitedResponse(throttled, 'with a wrong key from this address');
    if (!isAdminKey(bearerToken(context.req.raw.headers))) {
      await countFailedAuth(router, address, limits);
      if (!apiKey) {
        throw new HttpError({
          status: 401,
          code: 'UNAUTHORIZED',
          message:
            'The REST API is disabled: no admin key is configured. Set TOOLROUTER_API_KEY or pass apiKey to createServer().',
        });
      }
      context.header('WWW-Authenticate', 'Bearer realm="toolrouter"');
      throw new HttpError({
        status: 401,
        code: 'UNAUTHORIZED',
        message: 'Send the admin API key as Authorization: Bearer <TOOLROUTER_API_KEY>.',
      });
    }
    const wait = await overLimit(router, 'admin-key', limits.adminKey);
    if (wait !== undefined) return rateLimitedResponse(wait, 'with the admin key');
    await next();
  };
}
