import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ToolRouterOptions } from '@toolrouter/core';

/**
 * Router options from a config module (`--config ./toolrouter.config.ts` or `TOOLROUTER_CONFIG`):
 * its default export is the options object, or a function returning it. Use it for custom
 * toolkits, base URL overrides, managed OAuth apps. Without a path: `{}` (everything from env).
 *
 * @example
 * // toolrouter.config.ts
 * export default { toolkits: [myToolkit], managedAuth: { github: { clientId, clientSecret } } };
 */
export async function loadRouterOptions(path: string | undefined): Promise<ToolRouterOptions> {
  if (!path) return {};
  const module = (await import(pathToFileURL(resolve(path)).href)) as { default?: unknown };
  const exported =
    typeof module.default === 'function' ? await (module.default as () => unknown)() : module.default;
  if (!exported || typeof exported !== 'object') {
    throw new Error(
      `The config module ${path} must default-export router options (an object) or a function returning them.`,
    );
  }
  return exported as ToolRouterOptions;
}
