import { type AnalyzedQuery, toolkitKey } from './analyze-query.ts';
import { stemWord } from './analyze-text.ts';
import { operationKindFactor } from './operation-kind.ts';
import { FIELD_NAMES, type FieldName, type ToolDocument } from './tool-document.ts';

/** BM25F parameters: how much a match in each field counts, and how much its length dampens it. */
export interface FieldParameters {
  weight: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  b: number;
}

export const FIELD_PARAMETERS: Readonly<Record<FieldName, FieldParameters>> = {
  slug: { weight: 4, b: 0.4 },
  name: { weight: 3, b: 0.5 },
  lead: { weight: 1, b: 0.6 },
  body: { weight: 0.4, b: 0.75 },
  parameters: { weight: 1, b: 0.5 },
};

/** BM25 saturation: how fast repeated matches stop adding score. */
export const K1 = 1.2;

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

/** Score multiplier for tools of a toolkit the query names ("on slack"). */
export const NAMED_TOOLKIT_BOOST = 1.5;

/** Weight left to the words that name a toolkit: they pick the toolkit, not the tool. */
export const TOOLKIT_NAME_TERM_WEIGHT = 0.2;

interface Postings {
  documents: Int32Array;
  /** Field-weighted, length-normalised term frequency per document (BM25F's pseudo frequency). */
  frequencies: Float32Array;
  idf: number;
}

export interface ScoredDocument {
  document: number;
  score: number;
}

/** A BM25F index over tool documents with precomputed postings; rebuilt when the catalog changes. */
export interface LexicalIndex {
  readonly documents: readonly ToolDocument[];
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
export function buildLexicalIndex(documents: readonly ToolDocument[]): LexicalIndex {
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

  const postingsByTerm = new Map<string, Postings>();
  for (const [term, postings] of collected) {
    const documentFrequency = postings.documents.length;
    postingsByTerm.set(term, {
      documents: Int32Array.from(postings.documents),
      frequencies: Float32Array.from(postings.frequencies),
      idf: Math.log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5)),
    });
  }

  const priors = Float64Array.from(documents, (document) => document.prior);
  const slugTerms = documents.map((document) => [...new Set(document.fields.slug)]);
  const slugTermWeights = slugTerms.map((terms) =>
    Float64Array.from(terms, (term) => postingsByTerm.get(term)?.idf ?? 1),
  );
  const slugWeightTotals = slugTermWeights.map((weights) => weights.reduce((sum, weight) => sum + weight, 0));
  const toolkitKeys = new Map<string, string>();
  for (const document of documents) {
    if (!toolkitKeys.has(document.toolkit)) toolkitKeys.set(document.toolkit, toolkitKey(document.toolkit));
  }

  /** Toolkits the query names, as one word ("slack") or as neighbouring words ("google calendar"). */
  function namedToolkits(query: AnalyzedQuery): Set<string> {
    const named = new Set<string>();
    for (const [toolkit, key] of toolkitKeys) if (query.names.includes(key)) named.add(toolkit);
    return named;
  }
  const scores = new Float64Array(count);
  const touched = new Int32Array(count);
  const isTouched = new Uint8Array(count);

  function isBetter(score: number, document: number, than: ScoredDocument): boolean {
    if (score !== than.score) return score > than.score;
    return documents[document]!.slug < documents[than.document]!.slug;
  }

  function search(
    query: AnalyzedQuery,
    accepts: (document: number) => boolean,
    limit: number,
  ): ScoredDocument[] {
    const queryWeights = new Map<string, number>();
    for (const { term, weight } of query.terms) queryWeights.set(term, weight);
    const toolkits = namedToolkits(query);
    for (const toolkit of toolkits) {
      const stem = stemWord(toolkitKeys.get(toolkit)!);
      if (queryWeights.has(stem)) queryWeights.set(stem, TOOLKIT_NAME_TERM_WEIGHT);
    }
    let touchedCount = 0;
    for (const [term, weight] of queryWeights) {
      const postings = postingsByTerm.get(term);
      if (postings === undefined) continue;
      const factor = weight * postings.idf;
      const { documents: postingDocuments, frequencies } = postings;
      for (let index = 0; index < postingDocuments.length; index++) {
        const document = postingDocuments[index]!;
        const frequency = frequencies[index]!;
        if (isTouched[document] === 0) {
          isTouched[document] = 1;
          touched[touchedCount++] = document;
        }
        scores[document]! += (factor * frequency) / (K1 + frequency);
      }
    }
    const best: ScoredDocument[] = [];
    for (let index = 0; index < touchedCount; index++) {
      const document = touched[index]!;
      let score = scores[document]! * priors[document]!;
      scores[document] = 0;
      isTouched[document] = 0;
      if (score <= 0) continue;
      const documentSlugTerms = slugTerms[document]!;
      if (documentSlugTerms.length > 0) {
        const termWeights = slugTermWeights[document]!;
        let covered = 0;
        documentSlugTerms.forEach((term, index) => {
          covered += termWeights[index]! * Math.min(1, queryWeights.get(term) ?? 0);
        });
        score *= 1 - SLUG_COVERAGE_SHARE + (SLUG_COVERAGE_SHARE * covered) / slugWeightTotals[document]!;
      }
      if (query.pairs.length > 0) {
        let matchedPairs = 0;
        for (const pair of query.pairs) if (documents[document]!.pairs.has(pair)) matchedPairs++;
        score *= 1 + PAIR_BONUS * Math.min(matchedPairs, MAX_PAIR_BONUSES);
      }
      if (toolkits.has(documents[document]!.toolkit)) score *= NAMED_TOOLKIT_BOOST;
      score *= operationKindFactor(query.kind, documents[document]!.kind);
      if (limit <= 0 || score <= 0) continue;
      if (best.length === limit && !isBetter(score, document, best[limit - 1]!)) continue;
      if (!accepts(document)) continue;
      let position = best.length;
      while (position > 0 && isBetter(score, document, best[position - 1]!)) position--;
      best.splice(position, 0, { document, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }

  return { documents, search };
}
