import type { ToolkitDefinition } from '@toolrouter/core';
import type { Logger } from 'pino';
import type { ServerRateLimits } from './http/rate-limits.ts';

/** Options of `createServer`; every one has an environment default. */
export interface CreateServerOptions {
  /** Admin key for `/api/v1` (`Authorization: Bearer <key>`). Default `TOOLROUTER_API_KEY`; without one the REST API refuses every call. */
  apiKey?: string;
  /** Public URL of this server, as the router's `baseUrl`. Default `TOOLROUTER_BASE_URL` or `http://localhost:8080`. Its origin may always post to the connect pages and call MCP. */
  baseUrl?: string;
  /** Further browser origins allowed to call `/mcp` (e.g. a web MCP client). Default `TOOLROUTER_ALLOWED_ORIGINS` (comma-separated). */
  allowedOrigins?: string[];
  /**
   * Further `Host` header values REST and MCP answer to, besides the base URL's host: `host:port`,
   * or a bare `host` for any port (an internal address behind a load balancer). Anything else gets
   * 421. Default `TOOLROUTER_ALLOWED_HOSTS` (comma-separated).
   */
  allowedHosts?: string[];
  /** Largest JSON body of the REST API, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Largest MCP request body, in bytes. Default 1 MiB. */
  maxMcpBodyBytes?: number;
  /**
   * Rate limits, counted in the router's store (shared by every instance on one PostgreSQL):
   * per MCP session, per user, per admin key, failed authentications per client address, and the
   * upstream calls one MCP request may ask for. Defaults from `TOOLROUTER_RATE_LIMIT_*`, else 600,
   * 1200, 6000 and 20 a minute and 100 calls. Over a limit: 429 with `Retry-After`.
   */
  rateLimits?: ServerRateLimits;
  /**
   * Structured logger (pino): one line per request (request id, method, route, status, duration,
   * session, user, tool) and each unexpected error once with its request id. Default: none, the
   * host application logs (`toolrouter serve` passes `createLogger()`).
   */
  logger?: Logger;
  /** Receives unexpected errors (the ones answered with a bare 500). Default: the `logger`, else `console.error`. */
  onError?: (error: unknown) => void;
  /** Custom toolkit definitions the router was given, so the dashboard can show their OAuth setup (scopes, URLs). */
  toolkits?: ToolkitDefinition[];
  /** Environment to read the defaults from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /**
   * On Node (`@hono/node-server`), answer `POST /api/v1/sessions/:sessionId/execute` without going
   * through Hono when the request is the plain case (right host and admin key, a Content-Length
   * within the limit): same checks, limits, log line and answer bytes, about a tenth less CPU per
   * call. Default true; false sends every request through the Hono app.
   */
  leanRestExecute?: boolean;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
