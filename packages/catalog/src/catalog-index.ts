import { readFile } from 'node:fs/promises';
import type { CatalogToolkitInfo } from './catalog-toolkit-info.ts';

let cached: Promise<CatalogToolkitInfo[]> | undefined;

/**
 * Every generated toolkit without its tools: slug, name, auth, base URL, tool count and the vendor
 * document it came from (version, license, terms). Small; read once and cached.
 *
 * @example
 * const oauth = (await catalogIndex()).filter((info) => info.auth.some((scheme) => scheme.mode === 'oauth2'));
 */
export function catalogIndex(): Promise<CatalogToolkitInfo[]> {
  cached ??= readFile(new URL('./data/index.json', import.meta.url), 'utf8').then(
    (text) => JSON.parse(text) as CatalogToolkitInfo[],
  );
  return cached;
}
