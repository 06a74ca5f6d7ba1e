import type { IncomingMessage } from 'node:http';
import type { RateLimit, RateLimitResult } from '@toolrouter/core';
import type { Context } from 'hono';
import type { AnyToolRouter } from '../api/api-context.ts';

/** The limits a server applies; `false` turns one off. */
export interface ServerRateLimits {
  /** Per MCP session, counted per JSON-RPC message and per tool of a MULTI_EXECUTE. Default 600 a minute. */
  session?: RateLimit | false;
  /** Per user, across all their sessions. Default 1200 a minute. */
  user?: RateLimit | false;
  /** REST API calls with the admin key. Default 6000 a minute. */
  adminKey?: RateLimit | false;
  /** Failed authentications (wrong admin key, wrong MCP token) per client address; past it even a right one waits. Default 20 a minute. */
  failedAuth?: RateLimit | false;
  /** Upstream tool calls one MCP request may ask for (messages of a batch, tools of MULTI_EXECUTE). Default 100. */
  maxUpstreamCallsPerRequest?: number;
}

/** Resolved limits: every one set or `false`. */
export type ResolvedRateLimits = Required<ServerRateLimits>;

const MINUTE = 60_000;

/**
 * The server's limits from options, else `TOOLROUTER_RATE_LIMIT_SESSION`, `_USER`, `_ADMIN_KEY`,
 * `_FAILED_AUTH` (requests per minute; `0` turns one off) and `TOOLROUTER_MAX_UPSTREAM_CALLS_PER_REQUEST`.
 *
 * @example
 * resolveRateLimits({ session: { limit: 100, windowMs: 60_000 } }, process.env);
 */
export function resolveRateLimits(
  options: ServerRateLimits = {},
  env: Record<string, string | undefined> = {},
): ResolvedRateLimits {
  const fromEnv = (name: string, fallback: number): RateLimit | false => {
    const text = env[`TOOLROUTER_RATE_LIMIT_${name}`]?.trim();
    const perMinute = text ? Number(text) : fallback;
    if (!Number.isFinite(perMinute) || perMinute < 0) {
      throw new Error(
        `TOOLROUTER_RATE_LIMIT_${name} must be a number of requests per minute, not '${text}'.`,
      );
    }
    return perMinute === 0 ? false : { limit: Math.floor(perMinute), windowMs: MINUTE };
  };
  const maxCalls = Number(env.TOOLROUTER_MAX_UPSTREAM_CALLS_PER_REQUEST?.trim() || 100);
  return {
    session: options.session ?? fromEnv('SESSION', 600),
    user: options.user ?? fromEnv('USER', 1200),
    adminKey: options.adminKey ?? fromEnv('ADMIN_KEY', 6000),
    failedAuth: options.failedAuth ?? fromEnv('FAILED_AUTH', 20),
    maxUpstreamCallsPerRequest:
      options.maxUpstreamCallsPerRequest ?? (Number.isFinite(maxCalls) ? maxCalls : 100),
  };
}

/** The client's address as the Node adapter reports it (no proxy headers: they can be forged). */
export function clientAddress(context: Context): string {
  return addressOf((context.env as { incoming?: IncomingMessage } | undefined)?.incoming);
}

/** The address of the Node request `incoming`, or `unknown` (no Node request: another runtime, `app.request`). */
export function addressOf(incoming: IncomingMessage | undefined): string {
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** Counts `weight` hits; the seconds to wait when over the limit, else undefined. */
export function overLimit(
  router: AnyToolRouter,
  bucket: string,
  limit: RateLimit | false,
  weight = 1,
): Promise<number | undefined> {
  // A `then`, not an async frame: every REST and MCP request passes here.
  if (limit === false) return Promise.resolve(undefined);
  return router.rateLimits.hit(bucket, limit, weight).then(secondsToWait);
}

/** The seconds to wait when a client address failed authentication too often, else undefined. */
export function authThrottled(
  router: AnyToolRouter,
  address: string,
  limits: ResolvedRateLimits,
): Promise<number | undefined> {
  if (limits.failedAuth === false) return Promise.resolve(undefined);
  return router.rateLimits.check(`auth-fail:${address}`, limits.failedAuth).then(secondsToWait);
}

function secondsToWait(result: RateLimitResult): number | undefined {
  return result.allowed ? undefined : Math.max(1, Math.ceil(result.retryAfterMs / 1000));
}

/** Counts one failed authentication of a client address. */
export async function countFailedAuth(
  router: AnyToolRouter,
  address: string,
  limits: ResolvedRateLimits,
): Promise<void> {
  if (limits.failedAuth === false) return;
  await router.rateLimits.hit(`auth-fail:${address}`, limits.failedAuth);
}

/** A REST 429 with `Retry-After`. */
export function rateLimitedResponse(retryAfterSeconds: number, what: string): Response {
  return new Response(
    JSON.stringify({
      error: {
        code: 'RATE_LIMITED',
        message: `Too many requests ${what}. Try again in ${retryAfterSeconds} s.`,
      },
    }),
    {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) },
    },
  );
}
