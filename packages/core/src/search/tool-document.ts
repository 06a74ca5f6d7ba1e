import type { JsonSchema } from '@toolrouter/toolkits';
import { pairKey } from './analyze-query.ts';
import { analyzeText, splitWords } from './analyze-text.ts';
import { nameNumbers } from './grammatical-number.ts';
import { identifierShapes } from './identifier-shape.ts';
import { type OperationKind, toolOperationKind } from './operation-kind.ts';
import type { SearchableTool } from './search-types.ts';

/** The fields of a tool that search reads, in the order of `FIELD_NAMES`. */
export const FIELD_NAMES = [
  'slug',
  'name',
  'lead',
  'body',
  'parameters',
  'parameterNotes',
  'phrasings',
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

/** A tool turned into index terms per field, plus how much to trust it. */
export interface ToolDocument {
  slug: string;
  toolkit: string;
  fields: Record<FieldName, string[]>;
  /** Multiplies the tool's score: below 1 for deprecated or legacy tools. */
  prior: number;
  kind: OperationKind | undefined;
  /** Neighbouring terms (as `pairKey`s) of the slug, the name and each top-level parameter name. */
  pairs: Set<string>;
  /** The number of each word the tool's name acts on (`nameNumbers`): "runs" in "List workflow runs". */
  numbers: Map<string, boolean>;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z`*[>"])|\n\s*\n|\n(?=\s*[-*>#|])/;
const DEPRECATED_NAME = /\b(deprecated|legacy|closing down|sunset)\b/i;
const DEPRECATED_DESCRIPTION =
  /^\W*deprecated\b|\bthis (operation|endpoint|endpoint route|method|tool) (is|has been) (closing down|deprecated|sunset)|\bendpoint closing down notice\b|\bendpoint \(described below\) is closing down\b/i;

/** Weight of a deprecated or legacy tool's score relative to a current one. */
export const DEPRECATED_PRIOR = 0.6;

function sentencesOf(description: string): string[] {
  return description
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function normalizeSentence(sentence: string): string {
  return splitWords(sentence).join(' ');
}

/**
 * Sentences repeated across many tools of a catalog ("OAuth tokens need the repo scope", rate-limit
 * notes) say nothing about what a tool does; they are left out of its description field. A sentence
 * is boilerplate when its words (`normalizeSentence`) recur in enough tools. Returned as a test that
 * remembers the verdict for each sentence as written: catalogs repeat sentences verbatim, so each
 * distinct sentence is split into words once, here and for the documents.
 */
function findBoilerplate(tools: readonly SearchableTool[]): (sentence: string) => boolean {
  const threshold = Math.max(5, Math.ceil(tools.length * 0.004));
  // Sentence as written → its words; words → in how many tools.
  const keys = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const tool of tools) {
    const seen = new Set<string>();
    for (const sentence of sentencesOf(tool.description)) {
      let key = keys.get(sentence);
      if (key === undefined) {
        key = normalizeSentence(sentence);
        keys.set(sentence, key);
      }
      if (key.length === 0 || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const boilerplate = new Set<string>();
  for (const [key, count] of counts) if (count >= threshold) boilerplate.add(key);
  counts.clear();
  // Keys that are no boilerplate are not needed any more: the verdict is enough.
  const verdicts = new Map<string, boolean>();
  for (const [sentence, key] of keys) verdicts.set(sentence, boilerplate.has(key));
  keys.clear();
  return (sentence) => verdicts.get(sentence) ?? boilerplate.has(normalizeSentence(sentence));
}

/** The description without a leading copy of the name ("Update an issue. Update an issue. Issue owners ..."). */
function withoutLeadingName(tool: SearchableTool): string {
  const description = tool.description.trimStart();
  const name = tool.name.trim();
  if (name.length === 0 || !description.toLowerCase().startsWith(name.toLowerCase())) return description;
  const rest = description.slice(name.length);
  return /^[.:;!?\s-]/.test(rest) || rest.length === 0 ? rest.replace(/^[.:;!?\s-]+/, '') : description;
}

function topLevelParameterNames(schema: JsonSchema): string[] {
  const properties = schema.properties;
  return properties !== null && typeof properties === 'object' ? Object.keys(properties) : [];
}

function neighbourPairs(phrases: string[][]): Set<string> {
  const pairs = new Set<string>();
  for (const terms of phrases) {
    for (let index = 1; index < terms.length; index++) pairs.add(pairKey(terms[index - 1]!, terms[index]!));
  }
  return pairs;
}

function slugWords(tool: SearchableTool): string {
  const prefix = `${tool.toolkit.toUpperCase()}_`;
  return tool.slug.toUpperCase().startsWith(prefix) ? tool.slug.slice(prefix.length) : tool.slug;
}

/** Parameter names and enum values of the top-level input properties (and one level of nesting). */
function parameterText(schema: unknown, depth = 0): string {
  if (schema === null || typeof schema !== 'object') return '';
  const properties = (schema as { properties?: unknown }).properties;
  if (properties === null || typeof properties !== 'object') return '';
  const parts: string[] = [];
  for (const [name, property] of Object.entries(properties as Record<string, unknown>)) {
    parts.push(name);
    if (property !== null && typeof property === 'object') {
      const values = (property as { enum?: unknown }).enum;
      if (Array.isArray(values)) parts.push(...values.filter((value) => typeof value === 'string'));
      if (depth === 0) parts.push(parameterText(property, depth + 1));
    }
  }
  return parts.join(' ');
}

/** Descriptions of the top-level input properties (and one level of nesting). */
function parameterNotes(schema: unknown, notes: string[] = [], depth = 0): string[] {
  if (schema === null || typeof schema !== 'object') return notes;
  const properties = (schema as { properties?: unknown }).properties;
  if (properties === null || typeof properties !== 'object') return notes;
  for (const property of Object.values(properties as Record<string, unknown>)) {
    if (property === null || typeof property !== 'object') continue;
    const description = (property as { description?: unknown }).description;
    if (typeof description === 'string') notes.push(description);
    if (depth === 0) parameterNotes(property, notes, depth + 1);
  }
  return notes;
}

/** A tool slug written in a description: `GMAIL_CREATE_DRAFT`. */
const WRITTEN_SLUG = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\b/g;
/** Where a sentence divides into clauses: a semicolon, a comma, a dash between spaces. */
const CLAUSE_BREAK = /(?<=[;,])\s+|\s+[-–—]\s+/;

/** A word of negation in a description: "Does not return the rows", "not its body", "without sending". */
const NEGATION = /(?<!\bor )\b(?:not|never|without|cannot|can't|won't|doesn't|don't|isn't|aren't)\b/i;

/**
 * The sentence without what it says about other tools or against this one. A clause that names another
 * tool of the catalog ("use GMAIL_CREATE_DRAFT instead when they want to review first", "Use
 * NOTION_GET_BLOCK_CHILDREN with the page id to read the body") says what that tool is for, and is left
 * out; a clause is cut at its first word of negation ("Retrieves a page's properties, not its body"
 * keeps "Retrieves a page's properties"; "Does not return the rows" goes; "or not" is no negation).
 * Descriptions say both to tell siblings apart, and their words would otherwise make the tool match
 * exactly the requests its sibling answers.
 */
function ownClauses(sentence: string, own: string, slugs: ReadonlySet<string>): string {
  const namesOther = (clause: string) =>
    clause.includes('_') &&
    [...clause.matchAll(WRITTEN_SLUG)].some(([written]) => written !== own && slugs.has(written));
  if (!namesOther(sentence) && !NEGATION.test(sentence)) return sentence;
  return sentence
    .split(CLAUSE_BREAK)
    .filter((clause) => !namesOther(clause))
    .map((clause) => {
      const negation = NEGATION.exec(clause);
      return negation === null ? clause : clause.slice(0, negation.index);
    })
    .filter((clause) => clause.trim().length > 0)
    .join(' ')
    .trim();
}

/** The terms of a text field: its words and the shapes of the identifiers it shows as examples. */
function textTerms(text: string): string[] {
  const terms = analyzeText(text);
  const shapes = identifierShapes(text);
  return shapes.length === 0 ? terms : [...terms, ...shapes];
}

/**
 * Turns tools into documents for the lexical index, one at a time: slug words (without the toolkit
 * prefix), name, the description's first sentence (lead) and the rest (body) without catalog-wide
 * boilerplate, parameter names and enum values, parameter descriptions, and the tool's phrasings.
 * Each document is handed to `visit` and not kept: with 10,000+ tools, holding them all at once set
 * the memory peak of a start (`buildToolDocumentTable` keeps what search needs in flat arrays).
 */
export function forEachToolDocument(
  tools: readonly SearchableTool[],
  visit: (document: ToolDocument, index: number) => void,
): void {
  const isBoilerplate = findBoilerplate(tools);
  const slugs = new Set(tools.map((tool) => tool.slug));
  tools.forEach((tool, index) => {
    const sentences = sentencesOf(withoutLeadingName(tool))
      .filter((sentence) => !isBoilerplate(sentence))
      .map((sentence) => ownClauses(sentence, tool.slug, slugs))
      .filter((sentence) => sentence.length > 0);
    const deprecated =
      DEPRECATED_NAME.test(tool.name) ||
      DEPRECATED_NAME.test(slugWords(tool).replace(/_/g, ' ')) ||
      DEPRECATED_DESCRIPTION.test(tool.description.slice(0, 400).replace(/^>\s*\[!\w+\]\s*/, ''));
    const slug = analyzeText(slugWords(tool));
    const name = analyzeText(tool.name);
    const parameterNames = topLevelParameterNames(tool.inputSchema).map(analyzeText);
    visit(
      {
        slug: tool.slug,
        toolkit: tool.toolkit,
        fields: {
          slug,
          name,
          lead: textTerms(sentences[0] ?? ''),
          body: textTerms(sentences.slice(1).join(' ')),
          parameters: analyzeText(parameterText(tool.inputSchema)),
          parameterNotes: parameterNotes(tool.inputSchema).flatMap(textTerms),
          phrasings: tool.phrasings?.flatMap(textTerms) ?? [],
        },
        prior: deprecated ? DEPRECATED_PRIOR : 1,
        kind: toolOperationKind(tool),
        pairs: neighbourPairs([slug, name, ...parameterNames]),
        numbers: nameNumbers(tool.name),
      },
      index,
    );
  });
}
