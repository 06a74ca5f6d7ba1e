import type { ToolRouterOptions } from '@toolrouter/core';

/**
 * What a config module set, as lines for `serve`'s banner: custom toolkits by slug, managed OAuth
 * apps by toolkit, base URL overrides, the rest by name. Never a value that could be a secret.
 *
 * @example
 * describeRouterOptions('./toolrouter.config.ts', { toolkits: [notes] });
 * // ['Config     ./toolrouter.config.ts', '  toolkits         notes (custom, 3 tools)']
 */
export function describeRouterOptions(path: string | undefined, options: ToolRouterOptions): string[] {
  if (!path)
    return ['Config     none (everything from the environment; --config <file> for custom toolkits)'];
  const lines = [`Config     ${path}`];
  const add = (name: string, text: string) => lines.push(`  ${name.padEnd(17)}${text}`);
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (key === 'toolkits' && Array.isArray(value)) {
      add(
        'toolkits',
        value.length === 0
          ? '(none)'
          : value
              .map(
                (toolkit: { slug: string; tools?: unknown[] }) =>
                  `${toolkit.slug} (${toolkit.tools?.length ?? 0} tools)`,
              )
              .join(', '),
      );
    } else if ((key === 'managedAuth' || key === 'toolkitBaseUrls') && typeof value === 'object') {
      add(key, Object.keys(value as object).join(', ') || '(none)');
    } else if (key === 'baseUrl' || key === 'builtinToolkits') {
      add(key, String(value));
    } else {
      add(key, 'set');
    }
  }
  return lines;
}
