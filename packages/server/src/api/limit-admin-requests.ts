import type { MiddlewareHandler } from 'hono';
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
 * The REST API's limits, before the admin key check: a client address with too many failed
 * authentications waits (429) even with the right key, so a key cannot be guessed at speed; each
 * wrong key counts; requests with the right key count against the admin key's limit.
 */
export function limitAdminRequests(
  router: AnyToolRouter,
  apiKey: string | undefined,
  limits: ResolvedRateLimits,
): MiddlewareHandler {
  const isAdminKey = apiKey ? secretMatcher(apiKey) : () => false;
  return async function limitAdminRequestsMiddleware(context, next) {
    const address = clientAddress(context);
    const throttled = await authThrottled(router, address, limits);
    if (throttled !== undefined) return rateLimitedResponse(throttled, 'with a wrong key from this address');
    if (!isAdminKey(bearerToken(context.req.raw.headers))) {
      await countFailedAuth(router, address, limits);
      return next();
    }
    const wait = await overLimit(router, 'admin-key', limits.adminKey);
    if (wait !== undefined) return rateLimitedResponse(wait, 'with the admin key');
    await next();
  };
}
