import type { SearchableTool } from '../search-types.ts';

/**
 * A tool of `toolkit` for search tests: slug `<TOOLKIT>_<slug>`, no parameters.
 *
 * @example
 * searchableTool('kennel', 'FEED_PUPPY', 'Feed puppy', 'Gives a puppy its meal.');
 */
export function searchableTool(
  toolkit: string,
  slug: string,
  name: string,
  description: string,
): SearchableTool {
  return { slug: `${toolkit.toUpperCase()}_${slug}`, name, description, toolkit, inputSchema: {} };
}
