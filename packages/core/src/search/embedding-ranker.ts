import type { Embedder, SearchableTool } from './search-types.ts';

/** How many tool documents go to the embedder in one call. */
export const EMBEDDING_BATCH_SIZE = 128;

/** Ranks tools by cosine similarity between the query's embedding and each tool's. */
export interface EmbeddingRanker {
  /** Slugs of the best `limit` accepted tools, best first. Embeds tools not embedded yet first. */
  rank(
    query: string,
    tools: readonly SearchableTool[],
    accepts: (tool: SearchableTool) => boolean,
    limit: number,
  ): Promise<string[]>;
  /** Forgets the vectors of removed or replaced tools. */
  forget(slugs: readonly string[]): void;
}

/** The text embedded for a tool: its name, slug words and description. */
export function embeddingText(tool: SearchableTool): string {
  return `${tool.name}\n${tool.slug.replace(/_/g, ' ').toLowerCase()}\n${tool.description}`.slice(0, 2000);
}

function normalize(vector: readonly number[]): Float64Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float64Array.from(vector, (value) => value * scale);
}

function dot(left: Float64Array, right: Float64Array): number {
  const length = Math.min(left.length, right.length);
  let sum = 0;
  for (let index = 0; index < length; index++) sum += left[index]! * right[index]!;
  return sum;
}

/**
 * Embeds each tool once, lazily (on the first search that needs it), and keeps the vectors.
 * Concurrent searches share one embedding run.
 *
 * @example
 * const ranker = createEmbeddingRanker(embedder);
 * const slugs = await ranker.rank('send an email', tools, () => true, 20);
 */
export function createEmbeddingRanker(embedder: Embedder): EmbeddingRanker {
  const vectors = new Map<string, Float64Array>();
  let pending: Promise<void> | undefined;

  async function embedMissing(tools: readonly SearchableTool[]): Promise<void> {
    const missing = tools.filter((tool) => !vectors.has(tool.slug));
    for (let start = 0; start < missing.length; start += EMBEDDING_BATCH_SIZE) {
      const batch = missing.slice(start, start + EMBEDDING_BATCH_SIZE);
      const embedded = await embedder.embed(batch.map(embeddingText));
      if (embedded.length !== batch.length) {
        throw new Error(`The embedder returned ${embedded.length} vectors for ${batch.length} texts.`);
      }
      batch.forEach((tool, index) => {
        vectors.set(tool.slug, normalize(embedded[index]!));
      });
    }
  }

  async function ensureEmbedded(tools: readonly SearchableTool[]): Promise<void> {
    while (tools.some((tool) => !vectors.has(tool.slug))) {
      if (pending === undefined) {
        pending = embedMissing(tools).finally(() => {
          pending = undefined;
        });
      }
      await pending;
    }
  }

  async function rank(
    query: string,
    tools: readonly SearchableTool[],
    accepts: (tool: SearchableTool) => boolean,
    limit: number,
  ): Promise<string[]> {
    const candidates = tools.filter(accepts);
    const [queryVectors] = await Promise.all([embedder.embed([query]), ensureEmbedded(candidates)]);
    const queryVector = queryVectors[0];
    if (queryVector === undefined) throw new Error('The embedder returned no vector for the query.');
    const normalizedQuery = normalize(queryVector);
    return candidates
      .map((tool) => ({ slug: tool.slug, score: dot(normalizedQuery, vectors.get(tool.slug)!) }))
      .sort((left, right) => right.score - left.score || (left.slug < right.slug ? -1 : 1))
      .slice(0, limit)
      .map((hit) => hit.slug);
  }

  function forget(slugs: readonly string[]): void {
    for (const slug of slugs) vectors.delete(slug);
  }

  return { rank, forget };
}
