import { readFile } from 'node:fs/promises';
import { type PackedTools, type ToolkitDefinition, unpackTools } from '@toolrouter/toolkits';
import { catalogIndex } from './catalog-index.ts';
import type { CatalogToolkitInfo } from './catalog-toolkit-info.ts';
import { internStrings } from './intern-strings.ts';

const DATA = new URL('./data/', import.meta.url);

/** Which generated toolkits to load; default every one. */
export interface CatalogToolkitsOptions {
  /** Only these slugs (unknown slugs are an error that names them). */
  only?: string[];
}

/**
 * Loads the generated toolkits (150+ vendor APIs: Jira, Zoom, Outlook, Google Sheets, ...) from the
 * package's data files. Nothing is read until this is called, so a router that never asks for the
 * catalog pays nothing for it; `@toolrouter/server` registers it by default.
 *
 * @example
 * const router = new ToolRouter({ toolkits: await catalogToolkits() });
 * const some = await catalogToolkits({ only: ['jira', 'outlook'] });
 */
export async function catalogToolkits(options: CatalogToolkitsOptions = {}): Promise<ToolkitDefinition[]> {
  const index = await catalogIndex();
  let selected: CatalogToolkitInfo[] = index;
  if (options.only) {
    const known = new Map(index.map((info) => [info.slug, info]));
    const unknown = options.only.filter((slug) => !known.has(slug));
    if (unknown.length > 0) {
      throw new TypeError(
        `catalogToolkits(): no generated toolkit named ${unknown.map((slug) => `'${slug}'`).join(', ')}`,
      );
    }
    selected = options.only.map((slug) => known.get(slug) as CatalogToolkitInfo);
  }
  // One toolkit at a time, its strings shared with the toolkits before it. Read all at once, every
  // file's text and parsed data lived through several young-generation collections: 54 MiB copied and
  // promoted while loading, now 31 MiB (what survives there is what makes V8 grow its young generation).
  const interned = new Map<string, string>();
  const toolkits: ToolkitDefinition[] = [];
  for (const info of selected) toolkits.push(await loadToolkit(info, interned));
  return toolkits;
}

async function loadToolkit(
  info: CatalogToolkitInfo,
  interned: Map<string, string>,
): Promise<ToolkitDefinition> {
  const text = await readFile(new URL(`${info.slug}.json`, DATA), 'utf8');
  const packed = internStrings(JSON.parse(text) as PackedTools, interned);
  return {
    slug: info.slug,
    name: info.name,
    description: info.description,
    ...(info.logo ? { logo: info.logo } : {}),
    categories: info.categories,
    baseUrl: info.baseUrl,
    auth: info.auth,
    tools: unpackTools(packed),
    ...(info.connectHelp ? { connectHelp: info.connectHelp } : {}),
    ...(info.credentialCheck ? { credentialCheck: info.credentialCheck } : {}),
    generated: true,
  };
}
