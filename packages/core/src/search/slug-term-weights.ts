import { okapiIdf } from './okapi-idf.ts';
import type { ToolDocumentTable } from './tool-document-table.ts';

/**
 * Toolkits with at least this many tools weigh their slugs' words partly by idf among their own tools.
 * Below it, a toolkit's own counts are too few to say which of its words are common (ten tools).
 */
export const LOCAL_IDF_MIN_TOOLS = 200;

/**
 * Share of a big toolkit's own idf in its slug words' weights: `local^share × global^(1 − share)`.
 * Which words tell two of GitHub's tools apart (`ORG` or `REPO` in `DELETE_…_SECRET`) is a fact of
 * GitHub's tools; with the global idf alone it changed when other toolkits were registered.
 */
export const LOCAL_IDF_SHARE = 0.5;

/**
 * The weight of each slug term of each document (positions as in `slugTerms`, a document's from
 * `slugTermStarts[d]` to `slugTermStarts[d + 1]`), used to measure how much of a slug a query explains:
 * the term's idf over all documents (`globalIdfs`), blended with its idf among its own toolkit's tools
 * when that toolkit has `LOCAL_IDF_MIN_TOOLS` or more.
 *
 * @example
 * const weights = slugTermWeights(documents, table.idfs, slugTermStarts, slugTerms);
 */
export function slugTermWeights(
  documents: ToolDocumentTable,
  globalIdfs: Float64Array,
  slugTermStarts: Int32Array,
  slugTerms: Int32Array,
): Float64Array {
  const { count, documentToolkits, termStarts, termDocuments } = documents;
  const sizes = new Int32Array(documents.toolkits.length);
  for (const toolkit of documentToolkits) sizes[toolkit]! += 1;
  /** Per big toolkit and slug term, how many of the toolkit's tools use the term (any field). */
  const frequencies = new Map<number, Int32Array>();
  for (const term of new Set(slugTerms)) {
    for (let position = termStarts[term]!; position < termStarts[term + 1]!; position++) {
      const toolkit = documentToolkits[termDocuments[position]!]!;
      if (sizes[toolkit]! < LOCAL_IDF_MIN_TOOLS) continue;
      let counts = frequencies.get(term);
      if (counts === undefined) {
        counts = new Int32Array(sizes.length);
        frequencies.set(term, counts);
      }
      counts[toolkit]! += 1;
    }
  }
  const weights = new Float64Array(slugTerms.length);
  for (let document = 0; document < count; document++) {
    const toolkit = documentToolkits[document]!;
    const big = sizes[toolkit]! >= LOCAL_IDF_MIN_TOOLS;
    for (let position = slugTermStarts[document]!; position < slugTermStarts[document + 1]!; position++) {
      const term = slugTerms[position]!;
      const global = globalIdfs[term]!;
      if (!big) {
        weights[position] = global;
        continue;
      }
      const local = okapiIdf(sizes[toolkit]!, frequencies.get(term)?.[toolkit] ?? 0);
      weights[position] = local ** LOCAL_IDF_SHARE * global ** (1 - LOCAL_IDF_SHARE);
    }
  }
  return weights;
}
