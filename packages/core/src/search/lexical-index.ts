import type { AnalyzedQuery } from './analyze-query.ts';
import { operationKindFactor } from './operation-kind.ts';
import { FIELD_NAMES, type FieldName, type ToolDocument } from './tool-document.ts';
import { buildToolkitIntent, type SearchableToolkit } from './toolkit-intent.ts';

/** BM25F parameters: how much a match in each field counts, and how much its length dampens it. */
export interface FieldParameters {
  weight: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  b: number;
}

export const FIELD_PARAMETERS: Readonly<Record<FieldName, FieldParameters>> = {
  slug: { weight: 4, b: 0.4 },
  name: { weight: 3, b: 0.5 },
  lead: { weight: 2, b: 0.6 },
  body: { weight: 0.4, b: 0.75 },
  parameters: { weight: 1, b: 0.5 },
  parameterNotes: { weight: 0.15, b: 0.75 },
};

/** BM25 saturation: how fast repeated matches stop adding score. */
export const K1 = 0.8;

/**
 * Share of the score that depends on how much of the tool's slug the query explains: of two tools
 * matching "list teams", `TEAMS_LIST` beats `TEAMS_LIST_CHILD_IN_ORG`.
 */
export const SLUG_COVERAGE_SHARE = 0.6;

/**
 * Score bonus per pair of neighbouring query words that are also neighbours in the tool's slug, name
 * or a parameter name ("branch protection", "repository variable", "default branch"), for at most
 * `MAX_PAIR_BONUSES` pairs.
 */
export const PAIR_BONUS = 0.25;
export const MAX_PAIR_BONUSES = 2;

/**
 * Score multiplier for tools of a toolkit the query names ("on slack", "in HN"): with 150+ toolkits a
 * named toolkit must win over generic words matching elsewhere, even many of them.
 */
export const NAMED_TOOLKIT_BOOST = 30;

/**
 * Score multiplier for a toolkit named by a word that is also ordinary English used across the
 * catalog ("box", "increase", "buffer"): a mention, maybe, so a nudge rather than `NAMED_TOOLKIT_BOOST`.
 */
export const ORDINARY_NAME_BOOST = 3;

/**
 * Weight of the toolkit prior: a tool's score is multiplied by `1 + INTENT_WEIGHT * affinity`, where
 * affinity (0 to 1) says how much the query's words belong to the tool's toolkit (`ToolkitIntent`).
 */
export const INTENT_WEIGHT = 1;

/**
 * Score multiplier for tools of a generated toolkit the query does not name: curated tools come first
 * when both fit ("send a message" is Slack's before a generated chat API's), a generated tool still
 * wins when its words fit clearly better.
 */
export const GENERATED_TOOLKIT_FACTOR = 0.35;

/** How many documents are scored exactly before pruning by bound: `limit * SEED_FACTOR + SEED_EXTRA`. */
const SEED_FACTOR = 2;
const SEED_EXTRA = 16;

/** The `size` touched documents with the highest bounds (unordered), by a bounded min-heap. */
function topByBound(touched: Int32Array, touchedCount: number, bounds: Float64Array, size: number): number[] {
  const heap: number[] = [];
  const less = (left: number, right: number) => bounds[left]! < bounds[right]!;
  for (let index = 0; index < touchedCount; index++) {
    const document = touched[index]!;
    if (heap.length < size) {
      heap.push(document);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!less(heap[child]!, heap[parent]!)) break;
        [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
        child = parent;
      }
    } else if (less(heap[0]!, document)) {
      heap[0] = document;
      let parent = 0;
      for (;;) {
        const left = parent * 2 + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < heap.length && less(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && less(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === parent) break;
        [heap[smallest], heap[parent]] = [heap[parent]!, heap[smallest]!];
        parent = smallest;
      }
    }
  }
  return heap;
}

/** Weight left to the words that name a toolkit: they pick the toolkit, not the tool. */
export const TOOLKIT_NAME_TERM_WEIGHT = 0.2;

/**
 * How much a term common to a toolkit's tools counts less for them: its gain is multiplied by
 * `1 - TOOLKIT_COMMON_DISCOUNT * share`, where share is the part of the toolkit's tools that use it.
 * In Gmail "message" is in almost every tool and says little about which one; "trash" says a lot.
 */
export const TOOLKIT_COMMON_DISCOUNT = 0.25;

/**
 * All postings in two flat arrays: term `t` owns positions `postingStarts[t]` to `postingStarts[t + 1]`.
 * One pair of typed arrays for the whole index instead of a pair per term: with ~100k terms the
 * per-array overhead outweighed the postings themselves.
 */
interface PostingTable {
  /** Term → term number. */
  numbers: Map<string, number>;
  starts: Int32Array;
  documents: Int32Array;
  /**
   * Per posting: the saturated BM25F pseudo frequency `f / (K1 + f)` of the term (field-weighted,
   * length-normalised), times the toolkit discount of `TOOLKIT_COMMON_DISCOUNT`.
   */
  gains: Float32Array;
  idfs: Float64Array;
}

export interface ScoredDocument {
  document: number;
  score: number;
}

/** A BM25F index over tool documents with precomputed postings; rebuilt when the catalog changes. */
export interface LexicalIndex {
  /** How many documents the index holds. */
  readonly size: number;
  /** Best `limit` documents for which `accepts(document)` holds, best first, ties by slug. */
  search(query: AnalyzedQuery, accepts: (document: number) => boolean, limit: number): ScoredDocument[];
}

/**
 * Builds the postings of a BM25F index.
 *
 * @example
 * const index = buildLexicalIndex(buildToolDocuments(tools));
 * index.search(analyzeQuery('list issues'), () => true, 5);
 */
export function buildLexicalIndex(
  documents: readonly ToolDocument[],
  describeToolkit: (slug: string) => SearchableToolkit | undefined = () => undefined,
): LexicalIndex {
  const count = documents.length;
  const averageLengths = FIELD_NAMES.map((field) => {
    let total = 0;
    for (const document of documents) total += document.fields[field].length;
    return count === 0 ? 1 : Math.max(total / count, 1);
  });

  const collected = new Map<string, { documents: number[]; frequencies: number[] }>();
  documents.forEach((document, documentIndex) => {
    const pseudoFrequencies = new Map<string, number>();
    FIELD_NAMES.forEach((field, fieldIndex) => {
      const terms = document.fields[field];
      const { weight, b } = FIELD_PARAMETERS[field];
      if (terms.length === 0 || weight === 0) return;
      const normalizer = 1 - b + (b * terms.length) / averageLengths[fieldIndex]!;
      const increment = weight / normalizer;
      for (const term of terms) pseudoFrequencies.set(term, (pseudoFrequencies.get(term) ?? 0) + increment);
    });
    for (const [term, frequency] of pseudoFrequencies) {
      let postings = collected.get(term);
      if (postings === undefined) {
        postings = { documents: [], frequencies: [] };
        collected.set(term, postings);
      }
      postings.documents.push(documentIndex);
      postings.frequencies.push(frequency);
    }
  });

  const toolkitNumbers = new Map<string, number>();
  const documentToolkit = Int32Array.from(documents, (document) => {
    let number = toolkitNumbers.get(document.toolkit);
    if (number === undefined) {
      number = toolkitNumbers.size;
      toolkitNumbers.set(document.toolkit, number);
    }
    return number;
  });
  const toolkitSizes = new Float64Array(toolkitNumbers.size);
  for (const number of documentToolkit) toolkitSizes[number]! += 1;
  const perToolkit = new Float64Array(toolkitNumbers.size);
  let postingCount = 0;
  for (const postings of collected.values()) postingCount += postings.documents.length;
  const table: PostingTable = {
    numbers: new Map(),
    starts: new Int32Array(collected.size + 1),
    documents: new Int32Array(postingCount),
    gains: new Float32Array(postingCount),
    idfs: new Float64Array(collected.size),
  };
  let position = 0;
  for (const [term, postings] of collected) {
    const postingDocuments = postings.documents;
    const documentFrequency = postingDocuments.length;
    const number = table.numbers.size;
    table.numbers.set(term, number);
    table.starts[number] = position;
    for (const document of postingDocuments) perToolkit[documentToolkit[document]!]! += 1;
    for (let index = 0; index < documentFrequency; index++) {
      const document = postingDocuments[index]!;
      const toolkit = documentToolkit[document]!;
      const frequency = postings.frequencies[index]!;
      const localShare = perToolkit[toolkit]! / toolkitSizes[toolkit]!;
      table.documents[position] = document;
      table.gains[position++] = (frequency / (K1 + frequency)) * (1 - TOOLKIT_COMMON_DISCOUNT * localShare);
    }
    for (const document of postingDocuments) perToolkit[documentToolkit[document]!] = 0;
    table.idfs[number] = Math.log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
  table.starts[collected.size] = position;
  collected.clear();
  const idfOrUndefined = (term: string): number | undefined => {
    const number = table.numbers.get(term);
    return number === undefined ? undefined : table.idfs[number];
  };

  // Only what ranking reads is kept; the documents' fields are released after the build.
  const slugs = documents.map((document) => document.slug);
  const documentPairs = documents.map((document) => document.pairs);
  const kinds = documents.map((document) => document.kind);
  const priors = Float64Array.from(documents, (document) => document.prior);
  const slugTerms = documents.map((document) => [...new Set(document.fields.slug)]);
  const slugTermWeights = slugTerms.map((terms) =>
    Float64Array.from(terms, (term) => idfOrUndefined(term) ?? 1),
  );
  const slugWeightTotals = slugTermWeights.map((weights) => weights.reduce((sum, weight) => sum + weight, 0));
  const intent = buildToolkitIntent(documents, describeToolkit);
  const idfOf = (term: string) => idfOrUndefined(term) ?? 0;

  const scores = new Float64Array(count);
  const bounds = new Float64Array(count);
  const touched = new Int32Array(count);
  const isTouched = new Uint8Array(count);
  const isScored = new Uint8Array(count);

  function isBetter(score: number, document: number, than: ScoredDocument): boolean {
    if (score !== than.score) return score > than.score;
    return slugs[document]! < slugs[than.document]!;
  }

  function search(
    query: AnalyzedQuery,
    accepts: (document: number) => boolean,
    limit: number,
  ): ScoredDocument[] {
    if (limit <= 0) return [];
    const queryWeights = new Map<string, number>();
    for (const { term, weight } of query.terms) queryWeights.set(term, weight);
    const named = intent.named(query.names);
    const namedByOrdinaryWord = intent.namedByOrdinaryWord(query.names);
    for (const toolkit of named) {
      // Named or not in so many words ("gcal"), a toolkit's name words pick its tools at low weight.
      for (const stem of intent.nameStems(toolkit)) queryWeights.set(stem, TOOLKIT_NAME_TERM_WEIGHT);
    }
    const affinities = intent.affinities(queryWeights, idfOf);
    const toolkitFactors = Float64Array.from(
      affinities,
      (affinity, toolkit) =>
        (1 + INTENT_WEIGHT * affinity) *
        (named.has(toolkit)
          ? NAMED_TOOLKIT_BOOST
          : namedByOrdinaryWord.has(toolkit)
            ? ORDINARY_NAME_BOOST
            : intent.generated[toolkit] === 1
              ? GENERATED_TOOLKIT_FACTOR
              : 1),
    );
    let touchedCount = 0;
    for (const [term, weight] of queryWeights) {
      const number = table.numbers.get(term);
      if (number === undefined) continue;
      const factor = weight * table.idfs[number]!;
      const { documents: postingDocuments, gains } = table;
      const end = table.starts[number + 1]!;
      for (let index = table.starts[number]!; index < end; index++) {
        const document = postingDocuments[index]!;
        if (isTouched[document] === 0) {
          isTouched[document] = 1;
          touched[touchedCount++] = document;
        }
        scores[document]! += factor * gains[index]!;
      }
    }
    const maxPairFactor = 1 + PAIR_BONUS * Math.min(query.pairs.length, MAX_PAIR_BONUSES);
    const documentToolkits = intent.documentToolkits;
    for (let index = 0; index < touchedCount; index++) {
      const document = touched[index]!;
      bounds[document] =
        scores[document]! * priors[document]! * toolkitFactors[documentToolkits[document]!]! * maxPairFactor;
    }

    /** The exact score; never above the document's bound, since every factor left is at most 1. */
    function fullScore(document: number): number {
      let score = scores[document]! * priors[document]! * toolkitFactors[documentToolkits[document]!]!;
      const documentSlugTerms = slugTerms[document]!;
      if (documentSlugTerms.length > 0) {
        const termWeights = slugTermWeights[document]!;
        let covered = 0;
        for (let position = 0; position < documentSlugTerms.length; position++) {
          covered +=
            termWeights[position]! * Math.min(1, queryWeights.get(documentSlugTerms[position]!) ?? 0);
        }
        score *= 1 - SLUG_COVERAGE_SHARE + (SLUG_COVERAGE_SHARE * covered) / slugWeightTotals[document]!;
      }
      if (query.pairs.length > 0) {
        let matchedPairs = 0;
        const pairs = documentPairs[document]!;
        for (const pair of query.pairs) if (pairs.has(pair)) matchedPairs++;
        score *= 1 + PAIR_BONUS * Math.min(matchedPairs, MAX_PAIR_BONUSES);
      }
      return score * operationKindFactor(query.kind, kinds[document]);
    }

    const best: ScoredDocument[] = [];
    function consider(document: number): void {
      isScored[document] = 1;
      const score = fullScore(document);
      if (score <= 0) return;
      if (best.length === limit && !isBetter(score, document, best[limit - 1]!)) return;
      if (!accepts(document)) return;
      let position = best.length;
      while (position > 0 && isBetter(score, document, best[position - 1]!)) position--;
      best.splice(position, 0, { document, score });
      if (best.length > limit) best.pop();
    }

    // Score the documents with the highest bounds first, then only those whose bound can still beat
    // the current last hit: every other document is skipped without computing its exact score.
    const seeds = topByBound(touched, touchedCount, bounds, limit * SEED_FACTOR + SEED_EXTRA);
    for (const document of seeds) consider(document);
    for (let index = 0; index < touchedCount; index++) {
      const document = touched[index]!;
      if (isScored[document] === 1) continue;
      const bound = bounds[document]!;
      if (bound <= 0) continue;
      if (best.length === limit && bound < best[limit - 1]!.score) continue;
      consider(document);
    }
    for (let index = 0; index < touchedCount; index++) {
      const document = touched[index]!;
      scores[document] = 0;
      isTouched[document] = 0;
      isScored[document] = 0;
    }
    return best;
  }

  return { size: count, search };
}
