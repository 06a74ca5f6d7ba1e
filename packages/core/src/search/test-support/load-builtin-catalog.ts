import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltinToolkits } from '@toolrouter/toolkits';
import type { SearchableTool } from '../search-types.ts';

/** The monorepo's root folder. */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** The real catalog for the search evaluation and benchmark: every built-in toolkit's tools. */
export async function loadBuiltinCatalog(): Promise<SearchableTool[]> {
  return (await loadBuiltinToolkits()).flatMap((toolkit) =>
    toolkit.tools.map((tool) => ({ ...tool, toolkit: toolkit.slug })),
  );
}
