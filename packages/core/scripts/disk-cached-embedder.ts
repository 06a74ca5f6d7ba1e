import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Embedder } from '../src/search/search-types.ts';

/** An embedder that remembers vectors by text, in memory and in one file, and counts what it embedded. */
export interface DiskCachedEmbedder extends Embedder {
  /** Texts the wrapped embedder was actually called with since the last `resetCount()`. */
  readonly embeddedCount: number;
  resetCount(): void;
  /** Writes the vectors learnt so far to the cache file. */
  save(): void;
}

function keyOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/**
 * Wraps an embedder so that the eval embeds a large catalog once, not on every run: vectors are kept by
 * a hash of their text in `path` (JSON of base64 Float32 arrays). Eval-only; the library never caches to disk.
 *
 * @example
 * const embedder = createDiskCachedEmbedder(createLocalEmbedder(), 'node_modules/.cache/vectors.json');
 */
export function createDiskCachedEmbedder(inner: Embedder, path: string): DiskCachedEmbedder {
  const vectors = new Map<string, number[]>();
  if (existsSync(path)) {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    for (const [key, encoded] of Object.entries(stored)) {
      const bytes = Buffer.from(encoded, 'base64');
      vectors.set(key, [...new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)]);
    }
  }
  let embeddedCount = 0;

  async function embed(texts: string[]): Promise<number[][]> {
    const keys = texts.map(keyOf);
    const missing = [...new Set(texts.filter((_, index) => !vectors.has(keys[index]!)))];
    if (missing.length > 0) {
      const embedded = await inner.embed(missing);
      embeddedCount += missing.length;
      missing.forEach((text, index) => {
        vectors.set(keyOf(text), embedded[index]!);
      });
    }
    return keys.map((key) => vectors.get(key)!);
  }

  function save(): void {
    const stored: Record<string, string> = {};
    for (const [key, vector] of vectors) {
      stored[key] = Buffer.from(new Float32Array(vector).buffer).toString('base64');
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(stored));
  }

  return {
    embed,
    save,
    get embeddedCount() {
      return embeddedCount;
    },
    resetCount() {
      embeddedCount = 0;
    },
  };
}
