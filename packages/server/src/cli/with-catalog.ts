import { catalogToolkits } from '@toolrouter/catalog';
import type { ToolRouterOptions } from '@toolrouter/core';

/**
 * Router options with the generated catalog of `@toolrouter/catalog` (150+ vendor toolkits) added
 * before the configured toolkits, so a toolkit of the config module with the same slug wins.
 * `TOOLROUTER_CATALOG=off` leaves it out (only the built-in toolkits and the configured ones).
 *
 * @example
 * const router = new ToolRouter(await withCatalog(options, process.env));
 */
export async function withCatalog(
  options: ToolRouterOptions,
  env: Record<string, string | undefined>,
): Promise<ToolRouterOptions> {
  if (['off', 'false', '0'].includes((env.TOOLROUTER_CATALOG ?? '').toLowerCase())) return options;
  return { ...options, toolkits: [...(await catalogToolkits()), ...(options.toolkits ?? [])] };
}
