import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBuiltinToolkits, type ToolkitDefinition } from '@toolrouter/toolkits';
import type { SearchableTool } from '../search-types.ts';

/** The monorepo's root folder. */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');

function isToolkit(value: unknown): value is ToolkitDefinition {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ToolkitDefinition).slug === 'string' &&
    Array.isArray((value as ToolkitDefinition).tools)
  );
}

/**
 * The real catalog for the search evaluation and benchmark: every toolkit `loadBuiltinToolkits()`
 * returns, plus any `<name>/<name>-toolkit.ts` of the toolkits package's sources that it does not list
 * yet, so every built-in toolkit competes with GitHub's.
 */
export async function loadBuiltinCatalog(): Promise<SearchableTool[]> {
  const toolkits = new Map<string, ToolkitDefinition>();
  for (const toolkit of await loadBuiltinToolkits()) toolkits.set(toolkit.slug, toolkit);
  const sourceRoot = resolve(REPOSITORY_ROOT, 'packages/toolkits/src');
  for (const folder of readdirSync(sourceRoot, { withFileTypes: true })) {
    const file = resolve(sourceRoot, folder.name, `${folder.name}-toolkit.ts`);
    if (!folder.isDirectory() || !existsSync(file)) continue;
    const module: Record<string, unknown> = await import(pathToFileURL(file).href);
    for (const value of Object.values(module)) {
      if (isToolkit(value) && !toolkits.has(value.slug)) toolkits.set(value.slug, value);
    }
  }
  return [...toolkits.values()].flatMap((toolkit) =>
    toolkit.tools.map((tool) => ({ ...tool, toolkit: toolkit.slug })),
  );
}
