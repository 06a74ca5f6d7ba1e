import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import { ToolRouter, type ToolRouterOptions, type WarmReport } from '@toolrouter/core';
import type { AnyToolRouter } from '../api/api-context.ts';
import { createServer } from '../create-server.ts';
import { createLogger, type Logger } from '../logging/create-logger.ts';
import { describeRouterOptions } from './describe-router-options.ts';
import { listen } from './listen.ts';
import { loadRouterOptions } from './load-router-options.ts';
import { openStore } from './open-store.ts';
import { resolveAdminKey } from './resolve-admin-key.ts';
import { withCatalog } from './with-catalog.ts';

export interface StartServerOptions {
  /** Default `PORT` or 8080; 0 picks a free port. */
  port?: number;
  /** Default `HOST`, else 0.0.0.0 in production and 127.0.0.1 otherwise. */
  host?: string;
  /** A config module whose default export is router options (custom toolkits, managed auth, ...). Default `TOOLROUTER_CONFIG`. */
  config?: string;
  env?: Record<string, string | undefined>;
  /** Receives notices (a generated admin key). Default `console.error`. */
  notice?: (message: string) => void;
  /** The request and error log. Default `createLogger({ env })`: JSON lines in production, readable lines otherwise, `LOG_LEVEL`. */
  logger?: Logger;
}

/** A running toolrouter server. */
export interface RunningServer {
  /** The public URL: `TOOLROUTER_BASE_URL`, else the address it listens on. */
  url: string;
  router: AnyToolRouter;
  apiKey: string;
  /** Where the admin key came from: `TOOLROUTER_API_KEY`, or the development key file. */
  apiKeySource: 'env' | 'file';
  /** What the config module set, as lines for the banner. */
  loaded: string[];
  /** What was prepared before the first request (the tool search index) and what it took. */
  warm: WarmReport;
  /** Graceful stop: no new connections, requests in flight finish (up to `graceMs`), then the store closes. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Starts the whole HTTP surface on Node: opens and migrates the store, then serves REST, MCP and
 * the connect pages. What `toolrouter serve` runs.
 *
 * @example
 * const server = await startServer({ port: 8080 });
 * console.log(`${server.url}/api/v1`);
 * process.once('SIGTERM', () => server.close());
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const { apiKey, source } = resolveAdminKey(env, options.notice ?? ((message) => console.error(message)));
  const logger = options.logger ?? createLogger({ env });
  const configPath = options.config ?? env.TOOLROUTER_CONFIG;
  const routerOptions = await loadRouterOptions(configPath);
  const port = options.port ?? Number(env.PORT ?? 8080);
  const host = options.host ?? env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  let fetch:
    | ((request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>)
    | undefined;
  const starting = () =>
    new Response(JSON.stringify({ error: { code: 'STARTING', message: 'The server is starting.' } }), {
      status: 503,
    });
  const listener = await listen(() => fetch ?? starting, { port, host });
  const urlHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const url = (
    routerOptions.baseUrl ??
    env.TOOLROUTER_BASE_URL ??
    `http://${urlHost}:${listener.port}`
  ).replace(/\/+$/, '');
  const router = await openRouter(await withCatalog({ ...routerOptions, baseUrl: url, env }, env), env).catch(
    async (error: unknown) => {
      // Whatever failed, the port must not stay open answering 503 and keep the process alive.
      await listener.close(0);
      throw error;
    },
  );
  // The search index is built before the first request, which would otherwise wait for it.
  const warm = await router.warm().catch(async (error: unknown) => {
    await router.close();
    await listener.close(0);
    throw error;
  });
  // The address it listens on is one of its own names too (a health probe, a local client).
  const listenHosts = host === '0.0.0.0' || host === '::' ? ['localhost', '127.0.0.1', '[::1]'] : [urlHost];
  const app = createServer(router, {
    apiKey,
    baseUrl: url,
    env,
    logger,
    ...(routerOptions.toolkits ? { toolkits: routerOptions.toolkits } : {}),
    allowedHosts: [
      ...listenHosts.map((name) => `${name}:${listener.port}`),
      ...(env.TOOLROUTER_ALLOWED_HOSTS?.split(',') ?? []),
    ],
  });
  // Hono compiles its route matcher on the first request: let a health check pay for it.
  await Promise.resolve(app.fetch(new Request(`${url}/healthz`))).catch(() => undefined);
  fetch = app.fetch;
  // Connections an instance died in the middle of end FAILED even where nobody waits on them.
  const sweep = setInterval(() => {
    router.connect
      .sweepStaleConnections()
      .catch((error: unknown) => logger.error({ err: error }, 'sweeping stale connections failed'));
  }, 60_000);
  sweep.unref();
  return {
    url,
    router,
    apiKey,
    apiKeySource: source,
    loaded: describeRouterOptions(configPath, routerOptions),
    warm,
    async close(graceMs) {
      clearInterval(sweep);
      await listener.close(graceMs);
      await router.close();
    },
  };
}

/** A router on the configured store, migrated and ready; on failure nothing it opened stays open. */
async function openRouter(
  options: ToolRouterOptions,
  env: Record<string, string | undefined>,
): Promise<AnyToolRouter> {
  // A SQLite file serves this process only: a second server on it is refused (use PostgreSQL).
  const store = options.store ?? (await openStore(env, { exclusive: true }));
  let router: AnyToolRouter;
  try {
    router = new ToolRouter({ ...options, store }) as unknown as AnyToolRouter;
  } catch (error) {
    if (!options.store) await store.close();
    throw error;
  }
  try {
    await router.ready();
  } catch (error) {
    await router.close();
    throw error;
  }
  return router;
}
