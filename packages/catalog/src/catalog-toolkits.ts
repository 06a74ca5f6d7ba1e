import { readFile } from 'node:fs/promises';
import { type PackedTools, type ToolkitDefinition, unpackTools, withPhrasings } from '@toolrouter/toolkits';
import { catalogIndex } from './catalog-index.ts';
import { catalogPhrasings } from './catalog-phrasings.ts';
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
  // The files are read side by side as bytes (outside V8's heap), then parsed one at a time with
  // their strings shared across toolkits. Parsed side by side, many files' text and data lived through
  // several young-generation collections: 54 MiB copied and promoted while loading, now 31 MiB (what
  // survives there is what makes V8 grow its young generation).
  // The phrasings (search-only everyday requests for the most used tools) are one small file, read
  // beside them and dropped once applied.
  const [phrasings, read] = await Promise.all([
    catalogPhrasings(),
    Promise.all(selected.map((info) => readFile(new URL(`${info.slug}.json`, DATA)))),
  ]);
  const files: (Buffer | undefined)[] = read;
  const interned = new Map<string, string>();
  return selected.map((info, index) => {
    const file = files[index] as Buffer;
    files[index] = undefined;
    const packed = internStrings(JSON.parse(file.toString('utf8')) as PackedTools, interned);
    return toolkitOf(info, packed, phrasings[info.slug]);
  });
}

function toolkitOf(
  info: CatalogToolkitInfo,
  packed: PackedTools,
  phrasings: Readonly<Record<string, readonly string[]>> | undefined,
): ToolkitDefinition {
  const tools = unpackTools(packed);
  return {
    slug: info.slug,
    name: info.name,
    description: info.description,
    ...(info.logo ? { logo: info.logo } : {}),
    categories: info.categories,
    baseUrl: info.baseUrl,
    auth: info.auth,
    tools: phrasings ? withPhrasings(tools, phrasings) : tools,
    ...(info.connectHelp ? { connectHelp: info.connectHelp } : {}),
    ...(info.credentialCheck ? { credentialCheck: info.credentialCheck } : {}),
    generated: true,
  };
}
