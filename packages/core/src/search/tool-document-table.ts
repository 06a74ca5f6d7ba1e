import type { OperationKind } from './operation-kind.ts';
import type { SearchableTool } from './search-types.ts';
import { FIELD_NAMES, forEachToolDocument } from './tool-document.ts';

/**
 * Every tool document of a catalog in flat arrays: terms by number, each document's field terms as
 * one run of term numbers, and for each term the documents that use it. What the lexical index and
 * the toolkit prior are built from; with 11,705 tools it takes a few MiB where one object and six
 * arrays per document took 18 MiB and set the memory peak of a start.
 */
export interface ToolDocumentTable {
  /** How many documents. */
  readonly count: number;
  /** Per document: the tool's slug. */
  readonly slugs: string[];
  /** Toolkit number → toolkit slug, numbered in the order the documents first name them. */
  readonly toolkits: string[];
  /** Per document: its toolkit's number. */
  readonly documentToolkits: Int32Array;
  /** Per document: multiplies the tool's score (below 1 for deprecated or legacy tools). */
  readonly priors: Float64Array;
  /** Per document: what the tool does to what it names. */
  readonly kinds: (OperationKind | undefined)[];
  /** Term number → term. */
  readonly terms: string[];
  /** Term → term number. */
  readonly termNumbers: Map<string, number>;
  /**
   * Field `f` of document `d` is `fieldTerms[fieldStarts[i]]` up to `fieldStarts[i + 1]`, with
   * `i = d * FIELD_NAMES.length + f`: the field's term numbers in text order, repeats included.
   */
  readonly fieldStarts: Int32Array;
  readonly fieldTerms: Int32Array;
  /** The documents using term `t` (any field), ascending: `termDocuments[termStarts[t]]` up to `termStarts[t + 1]`. */
  readonly termStarts: Int32Array;
  readonly termDocuments: Int32Array;
  /** Neighbouring terms (`pairKey`s) of document `d`: `pairs[pairStarts[d]]` up to `pairStarts[d + 1]`. */
  readonly pairStarts: Int32Array;
  readonly pairs: string[];
  /**
   * The words document `d`'s name acts on, as term numbers, and whether each is written in the
   * plural: `numberTerms[numberStarts[d]]` up to `numberStarts[d + 1]`, with `numberPlurals` alike.
   */
  readonly numberStarts: Int32Array;
  readonly numberTerms: Int32Array;
  readonly numberPlurals: Uint8Array;
}

/** An `Int32Array` that doubles when full; `values()` is a view of the used part (no copy). */
function growingInt32Array(initial: number) {
  let array = new Int32Array(initial);
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(value: number) {
      if (length === array.length) {
        const larger = new Int32Array(array.length * 2);
        larger.set(array);
        array = larger;
      }
      array[length++] = value;
    },
    values: () => array.subarray(0, length),
  };
}

/**
 * Builds the document table of the tools, one document at a time (`forEachToolDocument`).
 *
 * @example
 * const table = buildToolDocumentTable(tools);
 * table.terms[table.fieldTerms[table.fieldStarts[0]]]; // first slug term of the first tool
 */
export function buildToolDocumentTable(tools: readonly SearchableTool[]): ToolDocumentTable {
  const count = tools.length;
  const fieldCount = FIELD_NAMES.length;
  const terms: string[] = [];
  const termNumbers = new Map<string, number>();
  const fieldStarts = new Int32Array(count * fieldCount + 1);
  const fieldTerms = growingInt32Array(1024);
  const slugs: string[] = [];
  const toolkits: string[] = [];
  const toolkitNumbers = new Map<string, number>();
  const documentToolkits = new Int32Array(count);
  const priors = new Float64Array(count);
  const kinds: (OperationKind | undefined)[] = [];
  const pairStarts = new Int32Array(count + 1);
  const pairs: string[] = [];
  // Pair keys are made anew for every document; one string per distinct pair is kept.
  const pairKeys = new Map<string, string>();
  const numberStarts = new Int32Array(count + 1);
  const numberTerms = growingInt32Array(256);
  const numberPlurals: number[] = [];
  forEachToolDocument(tools, (document, index) => {
    slugs.push(document.slug);
    let toolkit = toolkitNumbers.get(document.toolkit);
    if (toolkit === undefined) {
      toolkit = toolkits.length;
      toolkitNumbers.set(document.toolkit, toolkit);
      toolkits.push(document.toolkit);
    }
    documentToolkits[index] = toolkit;
    priors[index] = document.prior;
    kinds.push(document.kind);
    FIELD_NAMES.forEach((field, fieldIndex) => {
      fieldStarts[index * fieldCount + fieldIndex] = fieldTerms.length;
      for (const term of document.fields[field]) {
        let number = termNumbers.get(term);
        if (number === undefined) {
          number = terms.length;
          termNumbers.set(term, number);
          terms.push(term);
        }
        fieldTerms.push(number);
      }
    });
    numberStarts[index] = numberTerms.length;
    for (const [stem, plural] of document.numbers) {
      // The name's words are terms of its name field, so each has a number already.
      const number = termNumbers.get(stem);
      if (number === undefined) continue;
      numberTerms.push(number);
      numberPlurals.push(plural ? 1 : 0);
    }
    pairStarts[index] = pairs.length;
    for (const pair of document.pairs) {
      let key = pairKeys.get(pair);
      if (key === undefined) {
        key = pair;
        pairKeys.set(pair, pair);
      }
      pairs.push(key);
    }
  });
  fieldStarts[count * fieldCount] = fieldTerms.length;
  pairStarts[count] = pairs.length;
  numberStarts[count] = numberTerms.length;
  const flatFieldTerms = fieldTerms.values();
  const { termStarts, termDocuments } = invertDocuments(flatFieldTerms, fieldStarts, count, terms.length);
  return {
    count,
    slugs,
    toolkits,
    documentToolkits,
    priors,
    kinds,
    terms,
    termNumbers,
    fieldStarts,
    fieldTerms: flatFieldTerms,
    termStarts,
    termDocuments,
    pairStarts,
    pairs,
    numberStarts,
    numberTerms: numberTerms.values(),
    numberPlurals: Uint8Array.from(numberPlurals),
  };
}

/** For each term, the documents using it in ascending order (a counting sort of document terms). */
function invertDocuments(
  fieldTerms: Int32Array,
  fieldStarts: Int32Array,
  count: number,
  termCount: number,
): { termStarts: Int32Array; termDocuments: Int32Array } {
  const fieldCount = FIELD_NAMES.length;
  const lastDocument = new Int32Array(termCount).fill(-1);
  const termStarts = new Int32Array(termCount + 1);
  const visitDocument = (document: number, visit: (term: number, document: number) => void) => {
    const end = fieldStarts[(document + 1) * fieldCount]!;
    for (let position = fieldStarts[document * fieldCount]!; position < end; position++) {
      const term = fieldTerms[position]!;
      if (lastDocument[term] === document) continue;
      lastDocument[term] = document;
      visit(term, document);
    }
  };
  // A call per document rather than a nested loop: V8 threw away the inner loop's code optimised on
  // stack replacement at the end of every document, 100+ times in a build.
  const forEachDistinctTerm = (visit: (term: number, document: number) => void) => {
    lastDocument.fill(-1);
    for (let document = 0; document < count; document++) visitDocument(document, visit);
  };
  forEachDistinctTerm((term) => {
    termStarts[term + 1]! += 1;
  });
  for (let term = 0; term < termCount; term++) termStarts[term + 1]! += termStarts[term]!;
  const termDocuments = new Int32Array(termStarts[termCount]!);
  const next = termStarts.slice(0, termCount);
  forEachDistinctTerm((term, document) => {
    termDocuments[next[term]!++] = document;
  });
  return { termStarts, termDocuments };
}
