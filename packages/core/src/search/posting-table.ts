import { okapiIdf } from './okapi-idf.ts';
import { FIELD_NAMES, type FieldName } from './tool-document.ts';
import type { ToolDocumentTable } from './tool-document-table.ts';

/**
 * All postings in two flat arrays: term `t` owns positions `starts[t]` to `starts[t + 1]`.
 * One pair of typed arrays for the whole index instead of a pair per term: with 8,000+ terms the
 * per-array overhead outweighed the postings themselves.
 */
export interface PostingTable {
  /** Term → term number. */
  numbers: Map<string, number>;
  starts: Int32Array;
  documents: Int32Array;
  /**
   * Per posting: the saturated BM25F pseudo frequency `f / (K1 + f)` of the term (field-weighted,
   * length-normalised), times the toolkit discount `1 - toolkitCommonDiscount * share`; for curated
   * tools beside generated toolkits, times their curated idf over `idfs` (`applyCuratedIdf`).
   */
  gains: Float32Array;
  idfs: Float64Array;
}

/** The BM25F settings postings are computed with (`FIELD_PARAMETERS`, `K1`, `TOOLKIT_COMMON_DISCOUNT`). */
export interface PostingParameters {
  fields: Readonly<Record<FieldName, { weight: number; b: number; optional?: boolean }>>;
  k1: number;
  toolkitCommonDiscount: number;
}

/**
 * Computes the postings of a BM25F index from a document table, in place of its term → documents
 * arrays (which the table hands over: they become the postings' `starts` and `documents`).
 *
 * @example
 * const postings = buildPostingTable(buildToolDocumentTable(tools), { fields: FIELD_PARAMETERS, k1: K1, toolkitCommonDiscount: 0.25 });
 */
export function buildPostingTable(table: ToolDocumentTable, parameters: PostingParameters): PostingTable {
  const { count, fieldStarts, fieldTerms, termStarts, termDocuments } = table;
  const fieldCount = FIELD_NAMES.length;
  const termCount = table.terms.length;
  // An optional field's average is over the documents that have it: a catalog with more tools that
  // lack it (generated toolkits have no phrasings) must not make it count for less where it is set.
  const averageLengths = FIELD_NAMES.map((field, fieldIndex) => {
    let total = 0;
    let present = 0;
    for (let document = 0; document < count; document++) {
      const index = document * fieldCount + fieldIndex;
      const length = fieldStarts[index + 1]! - fieldStarts[index]!;
      total += length;
      if (length > 0) present++;
    }
    const counted = parameters.fields[field].optional ? present : count;
    return counted === 0 ? 1 : Math.max(total / counted, 1);
  });

  // Pseudo frequency of each posting: per document, field by field, term by term in text order.
  const frequencies = new Float64Array(termDocuments.length);
  const next = termStarts.slice(0, termCount);
  const documentFrequencies = new Float64Array(termCount);
  const documentTerms = new Int32Array(termCount);
  for (let document = 0; document < count; document++) {
    let documentTermCount = 0;
    FIELD_NAMES.forEach((field, fieldIndex) => {
      const start = fieldStarts[document * fieldCount + fieldIndex]!;
      const length = fieldStarts[document * fieldCount + fieldIndex + 1]! - start;
      const { weight, b } = parameters.fields[field];
      if (length === 0 || weight === 0) return;
      const normalizer = 1 - b + (b * length) / averageLengths[fieldIndex]!;
      const increment = weight / normalizer;
      for (let position = start; position < start + length; position++) {
        const term = fieldTerms[position]!;
        if (documentFrequencies[term] === 0) documentTerms[documentTermCount++] = term;
        documentFrequencies[term]! += increment;
      }
    });
    for (let index = 0; index < documentTermCount; index++) {
      const term = documentTerms[index]!;
      frequencies[next[term]!++] = documentFrequencies[term]!;
      documentFrequencies[term] = 0;
    }
  }

  const { documentToolkits } = table;
  const toolkitSizes = new Float64Array(table.toolkits.length);
  for (const number of documentToolkits) toolkitSizes[number]! += 1;
  const perToolkit = new Float64Array(table.toolkits.length);
  const gains = new Float32Array(termDocuments.length);
  const idfs = new Float64Array(termCount);
  const { k1, toolkitCommonDiscount } = parameters;
  for (let term = 0; term < termCount; term++) {
    const start = termStarts[term]!;
    const end = termStarts[term + 1]!;
    const documentFrequency = end - start;
    // One call per term (not loops inlined here): V8 optimised the inner loops on stack replacement
    // and threw that code away at the end of each term's loop, 150+ times in a build.
    termGains(
      start,
      end,
      documentToolkits,
      termDocuments,
      frequencies,
      toolkitSizes,
      perToolkit,
      gains,
      k1,
      toolkitCommonDiscount,
    );
    idfs[term] = okapiIdf(count, documentFrequency);
  }
  return { numbers: table.termNumbers, starts: termStarts, documents: termDocuments, gains, idfs };
}

/** The gains of one term's postings (`start` to `end`), with its share in each toolkit's tools. */
function termGains(
  start: number,
  end: number,
  documentToolkits: Int32Array,
  termDocuments: Int32Array,
  frequencies: Float64Array,
  toolkitSizes: Float64Array,
  perToolkit: Float64Array,
  gains: Float32Array,
  k1: number,
  toolkitCommonDiscount: number,
): void {
  for (let position = start; position < end; position++)
    perToolkit[documentToolkits[termDocuments[position]!]!]! += 1;
  for (let position = start; position < end; position++) {
    const toolkit = documentToolkits[termDocuments[position]!]!;
    const frequency = frequencies[position]!;
    const localShare = perToolkit[toolkit]! / toolkitSizes[toolkit]!;
    gains[position] = (frequency / (k1 + frequency)) * (1 - toolkitCommonDiscount * localShare);
  }
  for (let position = start; position < end; position++)
    perToolkit[documentToolkits[termDocuments[position]!]!] = 0;
}
