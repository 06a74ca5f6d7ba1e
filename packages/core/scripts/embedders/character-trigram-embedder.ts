import type { Embedder } from '../../src/search/search-types.ts';

/** Width of the hashed vectors. */
const DIMENSIONS = 512;

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  }
  return (hash >>> 0) % DIMENSIONS;
}

/**
 * The example module for `pnpm eval:search --embedder=<module>`: an embedder with no weights at all,
 * character trigrams hashed into a fixed-width vector. It matches spelling, not meaning, so it is the
 * floor a real model has to beat, and a template for wrapping one (export `createEmbedder`).
 *
 * @example
 * // pnpm eval:search --embedder=packages/core/scripts/embedders/character-trigram-embedder.ts
 */
export function createEmbedder(): Embedder {
  return {
    async embed(texts) {
      return texts.map((text) => {
        const vector = new Array<number>(DIMENSIONS).fill(0);
        const padded = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
        for (let index = 0; index + 3 <= padded.length; index++)
          vector[hashOf(padded.slice(index, index + 3))]! += 1;
        return vector;
      });
    },
  };
}
