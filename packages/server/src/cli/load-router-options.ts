import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ToolRouterOptions } from '@toolrouter/core';
import { closestWords } from './closest-words.ts';

/**
 * Router options from a config module (`--config ./toolrouter.config.ts` or `TOOLROUTER_CONFIG`):
 * its default export is the options object, or a function returning it. Use it for custom
 * toolkits, base URL overrides, managed OAuth apps. Without a path: `{}` (everything from env).
 * An unknown key is an error that names it and the option it most likely meant.
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
  const known = Object.keys(ROUTER_OPTION_KEYS);
  for (const key of Object.keys(exported)) {
    if (key in ROUTER_OPTION_KEYS) continue;
    const [closest] = closestWords(key, known);
    throw new Error(
      `The config module ${path} has an unknown option '${key}'${closest ? ` (did you mean '${closest}'?)` : ''}. Router options are: ${known.join(', ')}.`,
    );
  }
  return exported as ToolRouterOptions;
}

/** Every key of `ToolRouterOptions` a config module may set (a typo must not be ignored silently). */
const ROUTER_OPTION_KEYS: Record<keyof ToolRouterOptions, true> = {
  apiUrl: true,
  apiKey: true,
  provider: true,
  search: true,
  store: true,
  baseUrl: true,
  allowedCallbackUrls: true,
  encryptionKeys: true,
  keyFile: true,
  toolkits: true,
  builtinToolkits: true,
  toolkitBaseUrls: true,
  managedAuth: true,
  execution: true,
  allowPrivateNetwork: true,
  sessionTtlMs: true,
  logs: true,
  credentialCache: true,
  env: true,
  warn: true,
};
