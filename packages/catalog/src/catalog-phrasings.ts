import { readFile } from 'node:fs/promises';

/** Everyday requests per generated tool: toolkit slug, then tool slug, then the phrasings. */
export type CatalogPhrasings = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/**
 * The phrasings written for the most used generated tools (`data/phrasings.json`, hand-written,
 * kept by `pnpm catalog:generate`). Read on each call and not cached: `catalogToolkits()` applies
 * them once to the tools it builds, and the table is dropped with the call.
 *
 * @example
 * const jira = (await catalogPhrasings()).jira; // { JIRA_CREATE_ISSUE: ['file a jira ticket for ...', ...], ... }
 */
export async function catalogPhrasings(): Promise<CatalogPhrasings> {
  const text = await readFile(new URL('./data/phrasings.json', import.meta.url), 'utf8');
  return JSON.parse(text) as CatalogPhrasings;
}
