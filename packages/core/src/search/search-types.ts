import type { JsonSchema, Tag } from '@toolrouter/toolkits';

/** What the search engine needs to know about a tool. A `ToolDefinition` plus its toolkit slug fits. */
export interface SearchableTool {
  slug: string;
  name: string;
  description: string;
  toolkit: string;
  inputSchema: JsonSchema;
  tags?: Tag[];
  /** Requests in users' own words that the tool answers (`ToolDefinition.phrasings`); indexed, never shown. */
  phrasings?: readonly string[];
}

/**
 * A text embedding model you bring, e.g. a wrapper around the AI SDK's `embedMany`.
 * It receives a batch of texts and returns one vector per text, in order.
 */
export interface Embedder {
  embed(texts: string[]): Promise<number[][]>;
}

/** One search result: the tool and how well it matched (higher is better; comparable within one search). */
export interface ToolSearchHit {
  slug: string;
  toolkit: string;
  score: number;
}

export interface ToolSearchOptions {
  /** How many hits at most. Default 10. */
  limit?: number;
  /** Only tools of these toolkits (slugs). */
  toolkits?: string[];
  /** Only tools for which this returns true. */
  filter?: (slug: string) => boolean;
}

/** A searchable catalog of tools. Tools outside `toolkits` or `filter` are never returned. */
export interface ToolSearchIndex {
  readonly size: number;
  /** Lexical ranking fused with the embedder's ranking when one is configured. */
  search(query: string, options?: ToolSearchOptions): Promise<ToolSearchHit[]>;
  /** Lexical ranking only; synchronous, never calls the embedder. */
  searchLexical(query: string, options?: ToolSearchOptions): ToolSearchHit[];
  /** Adds tools, replacing any tool with the same slug. */
  add(tools: SearchableTool[]): void;
  /** Removes tools by slug; unknown slugs are ignored. */
  remove(slugs: string[]): void;
}
