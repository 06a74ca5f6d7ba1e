import { analyzeQuery } from './analyze-query.ts';
import { createEmbeddingRanker, type EmbeddingRanker } from './embedding-ranker.ts';
import { buildLexicalIndex, type LexicalIndex } from './lexical-index.ts';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';
import type {
  Embedder,
  SearchableTool,
  ToolSearchHit,
  ToolSearchIndex,
  ToolSearchOptions,
} from './search-types.ts';
import { buildToolDocumentTable } from './tool-document-table.ts';
import type { SearchableToolkit } from './toolkit-intent.ts';

/** Hits returned when a search names no limit. */
export const DEFAULT_SEARCH_LIMIT = 10;

/** How deep each ranking goes before fusion: past the limit, so a tool strong in one ranking can rise. */
const FUSION_DEPTH = 50;

export interface ToolSearchIndexOptions {
  /** Adds a semantic ranking fused with the lexical one. Without it, search never leaves the process. */
  embedder?: Embedder;
  /**
   * What is known about each toolkit (name, description, categories), read when the index is built:
   * it lets a query name a toolkit ("HN", "gcal") and route to it by vocabulary. A catalog's
   * `findToolkit` fits. Without it, toolkits are known by their slug and their tools only.
   */
  describeToolkit?: (slug: string) => SearchableToolkit | undefined;
}

/**
 * Creates the search engine behind `TOOLROUTER_SEARCH_TOOLS`: BM25F over slug, name, description and
 * parameter names, with stemming and a vocabulary of how people phrase tasks; fused by reciprocal rank
 * fusion with an embedding ranking when an `embedder` is given. Filters are applied before ranking,
 * so a tool outside `toolkits` or `filter` is never returned.
 *
 * @example
 * const index = createToolSearchIndex(tools);
 * const hits = await index.search('open a PR from my branch', { toolkits: ['github'], limit: 5 });
 * // [{ slug: 'GITHUB_PULLS_CREATE', toolkit: 'github', score: 12.3 }, ...]
 */
export function createToolSearchIndex(
  tools: SearchableTool[],
  options: ToolSearchIndexOptions = {},
): ToolSearchIndex {
  const toolsBySlug = new Map<string, SearchableTool>();
  for (const tool of tools) toolsBySlug.set(tool.slug, tool);
  const embeddingRanker: EmbeddingRanker | undefined =
    options.embedder === undefined ? undefined : createEmbeddingRanker(options.embedder);
  let catalog: SearchableTool[] = [];
  let lexicalIndex: LexicalIndex | undefined;

  function currentIndex(): LexicalIndex {
    if (lexicalIndex === undefined) {
      catalog = [...toolsBySlug.values()];
      lexicalIndex = buildLexicalIndex(buildToolDocumentTable(catalog), options.describeToolkit);
    }
    return lexicalIndex;
  }

  function acceptor(searchOptions: ToolSearchOptions): (tool: SearchableTool) => boolean {
    const toolkits = searchOptions.toolkits === undefined ? undefined : new Set(searchOptions.toolkits);
    const filter = searchOptions.filter;
    return function acceptsTool(tool) {
      if (toolkits !== undefined && !toolkits.has(tool.toolkit)) return false;
      return filter === undefined || filter(tool.slug) === true;
    };
  }

  function lexicalHits(query: string, searchOptions: ToolSearchOptions, limit: number): ToolSearchHit[] {
    const index = currentIndex();
    const accepts = acceptor(searchOptions);
    return index
      .search(analyzeQuery(query), (document) => accepts(catalog[document]!), limit)
      .map(({ document, score }) => ({
        slug: catalog[document]!.slug,
        toolkit: catalog[document]!.toolkit,
        score,
      }));
  }

  function searchLexical(query: string, searchOptions: ToolSearchOptions = {}): ToolSearchHit[] {
    return lexicalHits(query, searchOptions, searchOptions.limit ?? DEFAULT_SEARCH_LIMIT);
  }

  async function search(query: string, searchOptions: ToolSearchOptions = {}): Promise<ToolSearchHit[]> {
    const limit = searchOptions.limit ?? DEFAULT_SEARCH_LIMIT;
    if (embeddingRanker === undefined) return searchLexical(query, searchOptions);
    const lexical = lexicalHits(query, searchOptions, Math.max(limit, FUSION_DEPTH));
    const accepts = acceptor(searchOptions);
    const semantic = await embeddingRanker.rank(query, catalog, accepts, Math.max(limit, FUSION_DEPTH));
    const fused = reciprocalRankFusion([lexical.map((hit) => hit.slug), semantic]);
    const hits: ToolSearchHit[] = [];
    for (const { id, score } of fused) {
      const tool = toolsBySlug.get(id);
      if (tool === undefined || !accepts(tool)) continue;
      hits.push({ slug: id, toolkit: tool.toolkit, score });
      if (hits.length === limit) break;
    }
    return hits;
  }

  function add(added: SearchableTool[]): void {
    for (const tool of added) toolsBySlug.set(tool.slug, tool);
    embeddingRanker?.forget(added.map((tool) => tool.slug));
    lexicalIndex = undefined;
  }

  function remove(slugs: string[]): void {
    for (const slug of slugs) toolsBySlug.delete(slug);
    embeddingRanker?.forget(slugs);
    lexicalIndex = undefined;
  }

  currentIndex();
  return {
    get size() {
      return toolsBySlug.size;
    },
    search,
    searchLexical,
    add,
    remove,
  };
}
