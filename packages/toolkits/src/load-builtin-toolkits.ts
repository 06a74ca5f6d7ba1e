import type { ToolkitDefinition } from './toolkit/toolkit-types.ts';

/**
 * Every built-in toolkit, loaded on demand (the GitHub catalog is large, and a router that opts out
 * with `builtinToolkits: false` should not pay for it).
 *
 * @example
 * const toolkits = await loadBuiltinToolkits();
 */
export async function loadBuiltinToolkits(): Promise<ToolkitDefinition[]> {
  const modules = await Promise.all([import('./gmail/gmail-toolkit.ts').then((module) => module.gmail)]);
  return modules;
}
