import { type AnalyzedQuery, IDENTIFIER_WEIGHT } from './analyze-query.ts';
import { applyCuratedIdf } from './curated-idf.ts';
import { isShapeTerm } from './identifier-shape.ts';
import { operationKindFactor } from './operation-kind.ts';
import { buildPostingTable } from './posting-table.ts';
import { requestObject, slugObject } from './slug-object.ts';
import { slugTermWeights as slugTermWeightsOf } from './slug-term-weights.ts';
import { FIELD_NAMES, type FieldName } from './tool-document.ts';
import type { ToolDocumentTable } from './tool-document-table.ts';
import { buildToolkitIntent, GENERATED_TOOLKIT_FACTOR, type SearchableToolkit } from './toolkit-intent.ts';

/** BM25F parameters: how much a match in each field counts, and how much its length dampens it. */
export interface FieldParameters {
  weight: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  b: number;
  /** Set by few tools: its average length is taken over the tools that set it. */
  optional?: boolean;
}

export const FIELD_PARAMETERS: Readonly<Record<FieldName, FieldParameters>> = {
  slug: { weight: 4, b: 0.4 },
  name: { weight: 3, b: 0.5 },
  lead: { weight: 2, b: 0.6 },
  body: { weight: 0.4, b: 0.75 },
  parameters: { weight: 1, b: 0.5 },
  parameterNotes: { weight: 0.15, b: 0.75 },
  phrasings: { weight: 1.5, b: 0.6, optional: true },
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
export const INTENT_WEIGHT = 1.5;

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

/**
 * Score multiplier for a tool of a named toolkit whose slug acts on the thing the request acts on
 * (`slugObject`, `requestObject`): in Asana, "add a task to the project" is `CREATE_TASK` before
 * `ADD_PROJECT_FOR_TASK`. Only within a named toolkit, whose tools differ mostly by what they act on.
 */
export const OBJECT_MATCH_BONUS = 0.6;

/**
 * Score multiplier for a tool whose name agrees in number with the request on a word both use, where
 * one of them says it in the plural: "did the latest runs pass" is `LIST_WORKFLOW_RUNS` ("List
 * workflow runs") before `GET_WORKFLOW_RUN` ("Get a workflow run"), and "the run" the other way; a
 * tool that disagrees is divided by it. Two singulars say nothing: an adjective or a modifier
 * ("issue comments") is singular too.
 */
export const NUMBER_AGREEMENT_BONUS = 0.2;

/** Weight left to the words that name a toolkit: they pick the toolkit, not the tool. */
export const TOOLKIT_NAME_TERM_WEIGHT = 0.2;

/** Weight of an identifier's shape in the toolkit prior (`priorWeights`). */
export const SHAPE_PRIOR_WEIGHT = 1;

/**
 * How much a term common to a toolkit's tools counts less for them: its gain is multiplied by
 * `1 - TOOLKIT_COMMON_DISCOUNT * share`, where share is the part of the toolkit's tools that use it.
 * In Gmail "message" is in almost every tool and says little about which one; "trash" says a lot.
 */
export const TOOLKIT_COMMON_DISCOUNT = 0.25;

export interface ScoredDocument {
  document: number;
  score: number;
}

/**
 * The factors of one document's score for one query (`LexicalIndex.explain`): the score is their
 * product. For diagnostics (`scripts/catalog-diff.ts`), not for ranking.
 */
export interface ScoreParts {
  /** Sum over query terms of weight × idf × the posting's gain (BM25F). */
  terms: number;
  /** The tool's own prior (`ToolDocumentTable.priors`). */
  prior: number;
  /** `1 + INTENT_WEIGHT × affinity` times the named, ordinary-name or generated factor. */
  toolkit: number;
  /** The toolkit prior's affinity alone (0 to 1). */
  affinity: number;
  /** How much of the slug the query explains (`SLUG_COVERAGE_SHARE`). */
  slugCoverage: number;
  /** Neighbouring word pairs matched (`PAIR_BONUS`). */
  pairs: number;
  /** The named toolkit's slug-object bonus (`OBJECT_MATCH_BONUS`), or 1. */
  object: number;
  /** Read/write kind agreement (`operationKindFactor`). */
  kind: number;
  /** Agreement in number with the request (`NUMBER_AGREEMENT_BONUS`), or 1. */
  number: number;
  /** The product of the parts: the document's score. */
  score: number;
}

/** A BM25F index over tool documents with precomputed postings; rebuilt when the catalog changes. */
export interface LexicalIndex {
  /** How many documents the index holds. */
  readonly size: number;
  /** Best `limit` documents for which `accepts(document)` holds, best first, ties by slug. */
  search(query: AnalyzedQuery, accepts: (document: number) => boolean, limit: number): ScoredDocument[];
  /** The parts of `document`'s score for `query`, as `search` computes it. */
  explain(query: AnalyzedQuery, document: number): ScoreParts;
}

/**
 * Builds the postings of a BM25F index.
 *
 * @example
 * const index = buildLexicalIndex(buildToolDocumentTable(tools));
 * index.search(analyzeQuery('list issues'), () => true, 5);
 */
export function buildLexicalIndex(
  documents: ToolDocumentTable,
  describeToolkit: (slug: string) => SearchableToolkit | undefined = () => undefined,
): LexicalIndex {
  const count = documents.count;
  const table = buildPostingTable(documents, {
    fields: FIELD_PARAMETERS,
    k1: K1,
    toolkitCommonDiscount: TOOLKIT_COMMON_DISCOUNT,
  });
  applyCuratedIdf(
    table,
    documents.documentToolkits,
    Uint8Array.from(documents.toolkits, (slug) => (describeToolkit(slug)?.generated === true ? 1 : 0)),
  );
  const idfOrUndefined = (term: string): number | undefined => {
    const number = table.numbers.get(term);
    return number === undefined ? undefined : table.idfs[number];
  };

  // Only what ranking reads is kept: no closure here refers to `documents`, so its field terms are
  // released after the build.
  const { slugs, kinds, priors, terms, pairStarts, pairs: documentPairs } = documents;
  const { numberStarts, numberTerms, numberPlurals } = documents;
  const { slugTermStarts, slugTerms } = distinctSlugTerms(documents);
  const slugTermWeights = slugTermWeightsOf(documents, table.idfs, slugTermStarts, slugTerms);
  const slugWeightTotals = new Float64Array(count);
  for (let document = 0; document < count; document++) {
    let total = 0;
    for (let position = slugTermStarts[document]!; position < slugTermStarts[document + 1]!; position++)
      total += slugTermWeights[position]!;
    slugWeightTotals[document] = total;
  }
  const intent = buildToolkitIntent(documents, describeToolkit);
  const idfOf = (term: string) => idfOrUndefined(term) ?? 0;
  /** Per document, the term number of what its slug acts on (`slugObject`), or -1. */
  const objects = Int32Array.from(slugs, (slug, document) => {
    const object = slugObject(slug, intent.toolkits[intent.documentToolkits[document]!]!);
    return object === undefined ? -1 : (table.numbers.get(object) ?? -1);
  });

  const scores = new Float64Array(count);
  const bounds = new Float64Array(count);
  const touched = new Int32Array(count);
  const isTouched = new Uint8Array(count);
  const isScored = new Uint8Array(count);

  /**
   * Whether a name mentioned only before owner nouns ("the vercel org") names the owner rather than
   * the toolkit: so when the toolkit has no such things (Vercel has no organizations). The name's own
   * word then counts as a value.
   */
  function namesAnOwner(name: string, nouns: readonly string[] | undefined): boolean {
    if (nouns === undefined) return false;
    for (const toolkit of intent.named([name])) {
      if (nouns.some((noun) => intent.hasOwnerNoun(toolkit, noun))) return false;
    }
    return true;
  }

  function isBetter(score: number, document: number, than: ScoredDocument): boolean {
    if (score !== than.score) return score > than.score;
    return slugs[document]! < slugs[than.document]!;
  }

  /** What a query settles before any document is scored: term weights, toolkit factors, the object. */
  interface PreparedQuery {
    queryWeights: Map<string, number>;
    pairs: readonly string[];
    kind: AnalyzedQuery['kind'];
    affinities: Float64Array;
    toolkitFactors: Float64Array;
    /** Term number of what the request acts on in a named toolkit, or undefined. */
    object: number | undefined;
    /** The request's intent terms (numbers) and whether each is plural (`AnalyzedQuery.numbers`). */
    numberTerms: number[];
    numberPlurals: boolean[];
  }

  /**
   * The query's term weights as the toolkit prior reads them: an identifier's shape (`id:issue-key`)
   * counts in full there. Which toolkits show ids of that shape says much about the app, little about
   * which of its tools (`IDENTIFIER_SHAPE_WEIGHT` in the ranking).
   */
  function priorWeights(queryWeights: Map<string, number>): Map<string, number> {
    let weights = queryWeights;
    for (const [term, weight] of queryWeights) {
      if (!isShapeTerm(term) || weight >= SHAPE_PRIOR_WEIGHT) continue;
      if (weights === queryWeights) weights = new Map(queryWeights);
      weights.set(term, SHAPE_PRIOR_WEIGHT);
    }
    return weights;
  }

  function prepare(query: AnalyzedQuery): PreparedQuery {
    const queryWeights = new Map<string, number>();
    for (const { term, weight } of query.terms) queryWeights.set(term, weight);
    let names = query.names.filter((name) => !namesAnOwner(name, query.ownerNames.get(name)));
    let named = intent.named(names);
    // The apps named outside the statements of circumstance ("the github PR is up").
    const asked = names.filter((name) => !query.contextNames.has(name));
    const namedAsked = intent.named(asked);
    if (named.size > 1 && namedAsked.size > 0 && namedAsked.size < named.size) {
      // Two apps named: the one named where the request is ("so move ENG-58 in linear") is the one to
      // act in; the other's name tells the circumstances.
      names = asked;
      named = namedAsked;
    }
    if (names.length < query.names.length) {
      // An owner's name is a value, not intent: "vercel" in "the vercel org" picks no Vercel tool.
      for (const toolkit of intent.named(query.names)) {
        if (named.has(toolkit)) continue;
        for (const stem of intent.nameStems(toolkit)) {
          const weight = queryWeights.get(stem);
          if (weight !== undefined) queryWeights.set(stem, Math.min(weight, IDENTIFIER_WEIGHT));
        }
      }
    }
    let namedByOrdinaryWord = intent.namedByOrdinaryWord(names);
    // The toolkits the request names, in so many words or only as circumstance: their name words are
    // names, and the request's object is looked for in their tools (`OBJECT_MATCH_BONUS`).
    const objectToolkits = named;
    if (named.size > 0 && namedAsked.size === 0) {
      // Every app named only in a statement of the circumstances ("I pasted a Stripe key into #dev -
      // nuke that message"): the request may be for another app, so the name counts as an ordinary word.
      namedByOrdinaryWord = new Set([...namedByOrdinaryWord, ...named]);
      named = new Set();
    }
    for (const toolkit of objectToolkits) {
      // Named or not in so many words ("gcal"), a toolkit's name words pick its tools at low weight.
      for (const stem of intent.nameStems(toolkit)) {
        if (!query.repeatedStems.has(stem)) queryWeights.set(stem, TOOLKIT_NAME_TERM_WEIGHT);
      }
    }
    const affinities = intent.affinities(priorWeights(queryWeights), idfOf);
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
    const objectStem =
      objectToolkits.size === 0
        ? undefined
        : requestObject(
            query.objectRuns,
            new Set([...objectToolkits].flatMap((toolkit) => intent.nameStems(toolkit))),
          );
    const object = objectStem === undefined ? undefined : table.numbers.get(objectStem);
    // An intent word the index knows, even one a concept weighs lower: a toolkit's name or a value
    // says nothing about how many.
    const numbered = [...query.numbers].filter(
      ([stem]) => table.numbers.has(stem) && (queryWeights.get(stem) ?? 0) > IDENTIFIER_WEIGHT,
    );
    return {
      queryWeights,
      pairs: query.pairs,
      kind: query.kind,
      affinities,
      toolkitFactors,
      object,
      numberTerms: numbered.map(([stem]) => table.numbers.get(stem)!),
      numberPlurals: numbered.map(([, plural]) => plural),
    };
  }

  /**
   * The exact score of a document whose term sum is in `scores`; never above the document's bound,
   * since every factor after the toolkit's is at most 1. Fills `parts` when given.
   */
  function fullScore(prepared: PreparedQuery, document: number, parts?: ScoreParts): number {
    const { queryWeights, pairs, toolkitFactors, object } = prepared;
    const toolkitFactor = toolkitFactors[intent.documentToolkits[document]!]!;
    let score = scores[document]! * priors[document]! * toolkitFactor;
    let slugCoverage = 1;
    const slugStart = slugTermStarts[document]!;
    const slugEnd = slugTermStarts[document + 1]!;
    if (slugEnd > slugStart) {
      let covered = 0;
      for (let position = slugStart; position < slugEnd; position++) {
        covered +=
          slugTermWeights[position]! * Math.min(1, queryWeights.get(terms[slugTerms[position]!]!) ?? 0);
      }
      slugCoverage = 1 - SLUG_COVERAGE_SHARE + (SLUG_COVERAGE_SHARE * covered) / slugWeightTotals[document]!;
      score *= slugCoverage;
    }
    let pairFactor = 1;
    if (pairs.length > 0) {
      let matchedPairs = 0;
      const pairsEnd = pairStarts[document + 1]!;
      for (const pair of pairs) {
        for (let position = pairStarts[document]!; position < pairsEnd; position++) {
          if (documentPairs[position] === pair) {
            matchedPairs++;
            break;
          }
        }
      }
      pairFactor = 1 + PAIR_BONUS * Math.min(matchedPairs, MAX_PAIR_BONUSES);
      score *= pairFactor;
    }
    const objectFactor = object !== undefined && objects[document] === object ? 1 + OBJECT_MATCH_BONUS : 1;
    const kindFactor = operationKindFactor(prepared.kind, kinds[document]);
    const numberFactor = numberAgreementFactor(prepared, document);
    if (parts !== undefined) {
      parts.terms = scores[document]!;
      parts.prior = priors[document]!;
      parts.toolkit = toolkitFactor;
      parts.affinity = prepared.affinities[intent.documentToolkits[document]!]!;
      parts.slugCoverage = slugCoverage;
      parts.pairs = pairFactor;
      parts.object = objectFactor;
      parts.kind = kindFactor;
      parts.number = numberFactor;
    }
    return score * objectFactor * kindFactor * numberFactor;
  }

  /** `NUMBER_AGREEMENT_BONUS` up or down by whether the tool's name agrees in number with the request. */
  function numberAgreementFactor(prepared: PreparedQuery, document: number): number {
    let agreement = 0;
    const end = numberStarts[document + 1]!;
    prepared.numberTerms.forEach((term, index) => {
      for (let position = numberStarts[document]!; position < end; position++) {
        if (numberTerms[position] !== term) continue;
        const plural = numberPlurals[position] === 1;
        if (plural || prepared.numberPlurals[index])
          agreement += plural === prepared.numberPlurals[index] ? 1 : -1;
        return;
      }
    });
    if (agreement === 0) return 1;
    return agreement > 0 ? 1 + NUMBER_AGREEMENT_BONUS : 1 / (1 + NUMBER_AGREEMENT_BONUS);
  }

  /** Adds each query term's contribution to `scores` of the documents using it; returns how many were touched. */
  function accumulate(queryWeights: ReadonlyMap<string, number>): number {
    let touchedCount = 0;
    const { documents: postingDocuments, gains } = table;
    for (const [term, weight] of queryWeights) {
      const number = table.numbers.get(term);
      if (number === undefined) continue;
      const factor = weight * table.idfs[number]!;
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
    return touchedCount;
  }

  function reset(touchedCount: number): void {
    for (let index = 0; index < touchedCount; index++) {
      const document = touched[index]!;
      scores[document] = 0;
      isTouched[document] = 0;
      isScored[document] = 0;
    }
  }

  function search(
    query: AnalyzedQuery,
    accepts: (document: number) => boolean,
    limit: number,
  ): ScoredDocument[] {
    if (limit <= 0) return [];
    const prepared = prepare(query);
    const touchedCount = accumulate(prepared.queryWeights);
    const maxPairFactor =
      (1 + PAIR_BONUS * Math.min(query.pairs.length, MAX_PAIR_BONUSES)) *
      (prepared.object === undefined ? 1 : 1 + OBJECT_MATCH_BONUS) *
      (prepared.numberTerms.length === 0 ? 1 : 1 + NUMBER_AGREEMENT_BONUS);
    const documentToolkits = intent.documentToolkits;
    const { toolkitFactors } = prepared;
    for (let index = 0; index < touchedCount; index++) {
      const document = touched[index]!;
      bounds[document] =
        scores[document]! * priors[document]! * toolkitFactors[documentToolkits[document]!]! * maxPairFactor;
    }

    const best: ScoredDocument[] = [];
    function consider(document: number): void {
      isScored[document] = 1;
      const score = fullScore(prepared, document);
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
    reset(touchedCount);
    return best;
  }

  function explain(query: AnalyzedQuery, document: number): ScoreParts {
    const prepared = prepare(query);
    const touchedCount = accumulate(prepared.queryWeights);
    const parts: ScoreParts = {
      terms: 0,
      prior: 0,
      toolkit: 0,
      affinity: 0,
      slugCoverage: 0,
      pairs: 0,
      object: 0,
      kind: 0,
      number: 0,
      score: 0,
    };
    parts.score = fullScore(prepared, document, parts);
    reset(touchedCount);
    return parts;
  }

  return { size: count, search, explain };
}

/** Each document's slug terms, each once, in slug order: `slugTerms[slugTermStarts[d]]` up to `slugTermStarts[d + 1]`. */
function distinctSlugTerms(documents: ToolDocumentTable): {
  slugTermStarts: Int32Array;
  slugTerms: Int32Array;
} {
  const { count, fieldStarts, fieldTerms } = documents;
  const fieldCount = FIELD_NAMES.length;
  const slugTermStarts = new Int32Array(count + 1);
  const collected: number[] = [];
  for (let document = 0; document < count; document++) {
    slugTermStarts[document] = collected.length;
    const start = fieldStarts[document * fieldCount]!;
    const end = fieldStarts[document * fieldCount + 1]!;
    for (let position = start; position < end; position++) {
      const term = fieldTerms[position]!;
      if (!collected.includes(term, slugTermStarts[document])) collected.push(term);
    }
  }
  slugTermStarts[count] = collected.length;
  return { slugTermStarts, slugTerms: Int32Array.from(collected) };
}
