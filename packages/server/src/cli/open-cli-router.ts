import { existsSync, readFileSync } from 'node:fs';
import { ToolRouter } from '@toolrouter/core';
import type { AnyToolRouter } from '../api/api-context.ts';
import type { CliIo } from './cli-io.ts';
import { loadRouterOptions } from './load-router-options.ts';
import { openStore } from './open-store.ts';
import { DEFAULT_ADMIN_KEY_FILE } from './resolve-admin-key.ts';
import { readServerState } from './server-state-file.ts';
import { withCatalog } from './with-catalog.ts';

/** Where a CLI command's router works: a running server's REST API, or the store itself. */
export interface CliRouter {
  router: AnyToolRouter;
  /** `remote <url>` or `local <database>`, for messages. */
  mode: 'remote' | 'local';
  close(): Promise<void>;
}

/**
 * The router a CLI command uses. With `--url` or `TOOLROUTER_URL`: remote mode against that
 * server's REST API, with `TOOLROUTER_API_KEY` or the development key file. Otherwise the store
 * `toolrouter serve` opens from the same working directory and environment, with the same config
 * module; printed URLs then use `TOOLROUTER_BASE_URL`, else the URL of the server running from
 * this directory (`.toolrouter/server.json`), else `http://localhost:<PORT or 8080>`.
 *
 * @example
 * const { router, close } = await openCliRouter(io, { url: values.url });
 */
export async function openCliRouter(
  io: CliIo,
  options: { url?: string; config?: string },
): Promise<CliRouter> {
  const url = options.url ?? io.env.TOOLROUTER_URL?.trim();
  if (url) {
    const router = new ToolRouter({
      apiUrl: url,
      apiKey: adminKeyForRemote(io.env),
      env: io.env,
      warn: io.stderr,
    }) as unknown as AnyToolRouter;
    return { router, mode: 'remote', close: () => router.close() };
  }
  const routerOptions = await loadRouterOptions(options.config ?? io.env.TOOLROUTER_CONFIG);
  const baseUrl =
    routerOptions.baseUrl ??
    io.env.TOOLROUTER_BASE_URL ??
    readServerState(io.env)?.url ??
    `http://localhost:${io.env.PORT ?? 8080}`;
  const store = routerOptions.store ?? (await openStore(io.env));
  const router = new ToolRouter(
    await withCatalog({ ...routerOptions, store, baseUrl, env: io.env, warn: io.stderr }, io.env),
  ) as unknown as AnyToolRouter;
  return { router, mode: 'local', close: () => router.close() };
}

/** `TOOLROUTER_API_KEY`, else the development key file if there is one (never generates one). */
function adminKeyForRemote(env: Record<string, string | undefined>): string {
  const configured = env.TOOLROUTER_API_KEY?.trim();
  if (configured) return configured;
  const file = env.TOOLROUTER_API_KEY_FILE ?? DEFAULT_ADMIN_KEY_FILE;
  const fromFile = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (fromFile) return fromFile;
  throw new Error(
    `Talking to a server needs its admin key: set TOOLROUTER_API_KEY (no key file at ${file}).`,
  );
}
