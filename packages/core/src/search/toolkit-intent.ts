import { ownerNouns, toolkitKey } from './analyze-query.ts';
import { analyzeText, isStopWord, splitWords, stemWord } from './analyze-text.ts';
import { categoryVocabulary } from './category-vocabulary.ts';
import { englishSynonyms } from './english-synonyms.ts';
import type { ToolDocumentTable } from './tool-document-table.ts';

/** What search knows about a toolkit beyond its tools. A `ToolkitDefinition` fits. */
export interface SearchableToolkit {
  slug: string;
  name: string;
  description?: string;
  categories?: string[];
  /** Generated from a vendor's API description rather than curated: ranked after curated toolkits. */
  generated?: boolean;
}

/**
 * How much a toolkit's own name, description and categories count towards its vocabulary, as a share
 * of its tools: a word of the description weighs like a word found in this share of its tools.
 */
export const PROFILE_SHARE = 0.5;

/**
 * How much the everyday words of a toolkit's categories (`CATEGORY_VOCABULARY`) count towards its
 * vocabulary, as a share of its tools, like `PROFILE_SHARE`.
 */
export const CATEGORY_VOCABULARY_SHARE = 0.5;

/**
 * Toolkits whose vocabulary a query matches less than this share of the best toolkit's are not
 * considered likely.
 */
export const MIN_INTENT_SHARE = 0.15;

/**
 * How a toolkit's size dampens its share of a term: a term in 20 of 1,000 tools says less about the
 * toolkit than one in 2 of 10, but big toolkits must not vanish either (`share = count / size^exponent`).
 */
export const SIZE_EXPONENT = 0.7;

/** How many other toolkits' tools must use a toolkit's name as a word for it to count as ordinary. */
export const ORDINARY_NAME_TOOLKITS = 5;

/**
 * The least weight a query term has in the prior, in units of idf. Idf measures rarity across tools,
 * not which toolkit a word points to: the words a big toolkit uses everywhere ("repository" in half of
 * GitHub's tools, idf 0.55) are its surest signs, yet the rarest across tools.
 */
export const PRIOR_IDF_FLOOR = 2.5;

/**
 * How much a term's evidence in the prior depends on how widely one toolkit uses it: its weight is
 * multiplied by `coverage ^ PRIOR_COVERAGE_EXPONENT`, coverage being the largest share of one toolkit's
 * tools (its profile counted) that use the term. A word found once in a parameter example ("acme") is
 * weak evidence for that toolkit; a word most of its tools use is strong.
 */
export const PRIOR_COVERAGE_EXPONENT = 0.75;

/** Weight of a toolkit's best category's affinity to the query, beside its own (1). */
export const CATEGORY_WEIGHT = 0.3;

/** Share of a toolkit's tools (and at least two) that must use an owner noun for the toolkit to deal in it. */
export const OWNER_NOUN_SHARE = 0.02;

/**
 * Score multiplier for tools of a generated toolkit the query does not name: curated tools come first
 * when both fit ("send a message" is Slack's before a generated chat API's), a generated tool still
 * wins when its words fit clearly better. The prior discounts a generated toolkit's affinity by the
 * same factor when it decides which toolkit fits best (`ToolkitIntent.affinities`).
 */
export const GENERATED_TOOLKIT_FACTOR = 0.35;

/**
 * Per-term affinities of toolkits: `p(toolkit | term)` over the toolkits whose tools use the term, at
 * positions `start` to `end` of the flat `affinityToolkits` and `affinityShares` arrays (two typed
 * arrays per term took 3 MiB for the 8,000 terms of the whole catalog).
 */
interface TermAffinity {
  start: number;
  end: number;
  /**
   * Turns a toolkit's share into its contribution to each of its categories, divided by the
   * category's member count at query time: `p(category | term)` without storing it per category.
   */
  categoryScale: number;
  /** `coverage ^ PRIOR_COVERAGE_EXPONENT` (see there): how much the term's evidence counts. */
  reliability: number;
}

/** Routes a query to toolkits before tool ranking: by names it mentions and by its vocabulary. */
export interface ToolkitIntent {
  /** Toolkit slugs, indexed by the numbers `documentToolkits` holds. */
  readonly toolkits: readonly string[];
  /** The toolkit number of each document. */
  readonly documentToolkits: Int32Array;
  /**
   * Toolkit numbers the query names: slug, name, name words run together, and short forms (initials,
   * `g`+word) that are no ordinary word of other toolkits' tools.
   */
  named(names: readonly string[]): Set<number>;
  /**
   * Toolkits whose name the query uses, where that name is also an ordinary English word the tools
   * of `ORDINARY_NAME_TOOLKITS` or more other toolkits use ("increase the limit" is no request for
   * the bank Increase, "box" may be a box), or a generated toolkit whose name is a word of a curated
   * toolkit's tools ("readme" is GitHub's README first): weaker evidence than `named`.
   */
  namedByOrdinaryWord(names: readonly string[]): Set<number>;
  /**
   * Whether a toolkit deals in the things an owner noun (`ownerNouns`: organization, team, ...) names:
   * its name, description or categories use the noun, or `OWNER_NOUN_SHARE` of its tools do.
   */
  hasOwnerNoun(toolkit: number, noun: string): boolean;
  /** Whether each toolkit (by number) was generated rather than curated. */
  readonly generated: Uint8Array;
  /** Stems that are part of a toolkit's name (they pick the toolkit, not the tool). */
  nameStems(toolkit: number): readonly string[];
  /**
   * Affinity of each toolkit to the weighted query terms, from 0 to 1 (the best toolkit is 1, a
   * generated toolkit's score counted at `GENERATED_TOOLKIT_FACTOR` in finding the best; toolkits
   * below `MIN_INTENT_SHARE` are 0). `idf` gives each term's weight in the whole catalog.
   */
  affinities(terms: ReadonlyMap<string, number>, idf: (term: string) => number): Float64Array;
}

/**
 * The keys under which a query can name a toolkit: its slug and name run together, the initials of a
 * name of several words ("Hacker News" → `hn`), and the first letter of the first word before the
 * second word or its first three letters ("Google Calendar" → `gcalendar`, `gcal`).
 */
export function toolkitNameKeys(toolkit: SearchableToolkit): string[] {
  return [...new Set([...fullNameKeys(toolkit), ...shortNameKeys(toolkit)])];
}

function fullNameKeys(toolkit: SearchableToolkit): string[] {
  return [toolkitKey(toolkit.slug), toolkitKey(toolkit.name)].filter((key) => key.length >= 2);
}

/** The words of a toolkit's name, camel case split ("HubSpot" → hub, spot). */
function nameWords(toolkit: SearchableToolkit): string[] {
  return splitWords(toolkit.name.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/**
 * Initials, `g`+word forms and two-letter abbreviations of the first word before the second
 * (`msteams`): short, so dropped when they are also a word anywhere else.
 */
function shortNameKeys(toolkit: SearchableToolkit): string[] {
  const keys = new Set<string>();
  const words = nameWords(toolkit);
  if (words.length >= 2) {
    keys.add(words.map((word) => word[0]).join(''));
    const [first, second] = words as [string, string];
    keys.add(`${first[0]}${second}`);
    if (second.length > 3) keys.add(`${first[0]}${second.slice(0, 3)}`);
    // Two letters of the first word before the second: "ms teams" for Microsoft Teams.
    for (const letter of new Set(first.slice(1))) keys.add(`${first[0]}${letter}${second}`);
  }
  const full = new Set(fullNameKeys(toolkit));
  return [...keys].filter((key) => key.length >= 2 && !full.has(key) && !isStopWord(key));
}

/**
 * Builds the toolkit prior from the documents (every tool's terms) and what is known about each
 * toolkit. Keys shared by several toolkits name none of them, except a toolkit's own slug.
 *
 * @example
 * const intent = buildToolkitIntent(documents, (slug) => catalog.findToolkit(slug));
 */
export function buildToolkitIntent(
  documents: ToolDocumentTable,
  describe: (slug: string) => SearchableToolkit | undefined,
): ToolkitIntent {
  const { toolkits, documentToolkits } = documents;
  const sizes = new Float64Array(toolkits.length);
  for (const number of documentToolkits) sizes[number]! += 1;

  const ownersOfKey = new Map<string, Set<number>>();
  const shortKeys = new Set<string>();
  const nameStemLists: string[][] = [];
  const nameWordCounts: number[] = [];
  const generated = new Uint8Array(toolkits.length);
  /** Per term, what each toolkit's own name, description and categories add to its count. */
  const profileCounts = new Map<string, Map<number, number>>();
  toolkits.forEach((slug, number) => {
    const info = describe(slug) ?? { slug, name: slug };
    nameWordCounts.push(nameWords(info).length);
    if (info.generated === true) generated[number] = 1;
    for (const key of shortNameKeys(info)) shortKeys.add(key);
    for (const key of toolkitNameKeys(info)) {
      const owners = ownersOfKey.get(key) ?? new Set();
      owners.add(number);
      ownersOfKey.set(key, owners);
    }
    nameStemLists.push([...new Set([...analyzeText(info.name), stemWord(toolkitKey(slug))])]);
    const profile = new Set([
      ...analyzeText(info.name),
      ...analyzeText(info.description ?? ''),
      ...(info.categories ?? []).flatMap((category) => analyzeText(category)),
    ]);
    const set = (term: string, share: number) => {
      const byToolkit = profileCounts.get(term) ?? new Map<number, number>();
      byToolkit.set(number, share * sizes[number]!);
      profileCounts.set(term, byToolkit);
    };
    for (const term of profile) set(term, PROFILE_SHARE);
    const everyday = new Set(
      (info.categories ?? []).flatMap((category) => analyzeText(categoryVocabulary(category))),
    );
    for (const term of everyday) {
      if (!profile.has(term)) set(term, CATEGORY_VOCABULARY_SHARE);
    }
  });

  /** The one owner whose name has the fewest words: "gdrive" is Google Drive, not Google Drive Labels. */
  function shortestNamed(owners: number[]): number | undefined {
    const lengths = owners.map((number) => nameWordCounts[number]!);
    const fewest = Math.min(...lengths);
    const shortest = owners.filter((_, index) => lengths[index] === fewest);
    return shortest.length === 1 ? shortest[0] : undefined;
  }

  const keys = new Map<string, number>();
  for (const [key, owners] of ownersOfKey) {
    if (owners.size === 1) keys.set(key, [...owners][0]!);
    else {
      const owner =
        [...owners].find((number) => toolkitKey(toolkits[number]!) === key) ?? shortestNamed([...owners]);
      if (owner !== undefined) keys.set(key, owner);
    }
  }

  // Categories pool the vocabulary of their toolkits: "wiki" used by a documents toolkit points to
  // every documents toolkit a little.
  const categoryNumbers = new Map<string, number>();
  const toolkitCategories: number[][] = toolkits.map((slug) =>
    [...new Set((describe(slug)?.categories ?? []).map((category) => category.toLowerCase()))].map(
      (category) => {
        let number = categoryNumbers.get(category);
        if (number === undefined) {
          number = categoryNumbers.size;
          categoryNumbers.set(category, number);
        }
        return number;
      },
    ),
  );
  const categoryMembers = new Float64Array(categoryNumbers.size);
  for (const categories of toolkitCategories)
    for (const category of categories) categoryMembers[category]! += 1;
  const { affinityByTerm, affinityToolkits, affinityShares } = termAffinities(
    documents,
    documentToolkits,
    sizes,
    toolkitCategories,
    categoryMembers,
    profileCounts,
  );
  const ownerNounToolkits = new Set<string>();
  for (const noun of ownerNouns()) {
    const counts = new Float64Array(toolkits.length);
    const number = documents.termNumbers.get(noun);
    if (number !== undefined) {
      for (
        let position = documents.termStarts[number]!;
        position < documents.termStarts[number + 1]!;
        position++
      )
        counts[documentToolkits[documents.termDocuments[position]!]!]! += 1;
    }
    counts.forEach((count, toolkit) => {
      const inProfile = profileCounts.get(noun)?.has(toolkit) === true;
      if (inProfile || (count >= 2 && count >= OWNER_NOUN_SHARE * sizes[toolkit]!))
        ownerNounToolkits.add(`${toolkit} ${noun}`);
    });
  }
  // Closures below share this function's scope: what only the build needed is emptied.
  profileCounts.clear();
  ownersOfKey.clear();

  /** Keys that are also an ordinary English word many other toolkits' tools use ("increase", "box"). */
  const ordinaryKeys = new Map<string, number>();
  for (const [key, owner] of [...keys]) {
    let others = 0;
    let curatedOthers = 0;
    for (const toolkit of toolkitsUsing(documents, documentToolkits, stemWord(key))) {
      if (toolkit === owner) continue;
      others++;
      if (generated[toolkit] === 0) curatedOthers++;
    }
    if (!shortKeys.has(key)) {
      // A generated toolkit named by a word of a curated toolkit's tools ("readme": GitHub's README
      // tools) is a mention, maybe: the curated toolkit's sense of the word comes first.
      const curatedWord = generated[owner] === 1 && curatedOthers > 0;
      if ((others >= ORDINARY_NAME_TOOLKITS && englishSynonyms(key).length > 0) || curatedWord) {
        keys.delete(key);
        ordinaryKeys.set(key, owner);
      }
      continue;
    }
    // A word of two or three letters used elsewhere is an ordinary word ("on", "ca"); a longer short
    // form used by one other toolkit is most likely a mention of this one ("gdrive").
    if (others >= 2 || (others === 1 && key.length <= 3)) keys.delete(key);
  }

  const scores = new Float64Array(toolkits.length);
  const discount = Float64Array.from(generated, (flag) => (flag === 1 ? GENERATED_TOOLKIT_FACTOR : 1));
  const categoryScores = new Float64Array(categoryNumbers.size);

  function named(names: readonly string[]): Set<number> {
    const found = new Set<number>();
    for (const name of names) {
      const number = keys.get(name);
      if (number !== undefined) found.add(number);
    }
    return found;
  }

  function namedByOrdinaryWord(names: readonly string[]): Set<number> {
    const found = new Set<number>();
    for (const name of names) {
      const number = ordinaryKeys.get(name);
      if (number !== undefined) found.add(number);
    }
    return found;
  }

  function affinities(terms: ReadonlyMap<string, number>, idf: (term: string) => number): Float64Array {
    scores.fill(0);
    categoryScores.fill(0);
    for (const [term, weight] of terms) {
      const affinity = affinityByTerm.get(term);
      if (affinity === undefined) continue;
      const factor = weight * Math.max(idf(term), PRIOR_IDF_FLOOR) * affinity.reliability;
      const categoryFactor = factor * affinity.categoryScale;
      for (let index = affinity.start; index < affinity.end; index++) {
        const toolkit = affinityToolkits[index]!;
        const share = affinityShares[index]!;
        scores[toolkit]! += factor * share;
        if (categoryFactor === 0) continue;
        for (const category of toolkitCategories[toolkit]!) {
          categoryScores[category]! += (categoryFactor * share) / categoryMembers[category]!;
        }
      }
    }
    // Affinities are relative to the best toolkit, a generated one counted at the factor it ranks
    // with: a generated toolkit whose one rare word matches the query ("corp", "thumb") does not
    // shrink the affinity of the curated toolkits the rest of the query points to.
    let best = 0;
    for (let index = 0; index < scores.length; index++)
      best = Math.max(best, scores[index]! * discount[index]!);
    let bestCategory = 0;
    for (const score of categoryScores) if (score > bestCategory) bestCategory = score;
    const result = new Float64Array(toolkits.length);
    if (best <= 0) return result;
    let bestCombined = 0;
    for (let index = 0; index < scores.length; index++) {
      let category = 0;
      if (bestCategory > 0) {
        for (const number of toolkitCategories[index]!) {
          category = Math.max(category, categoryScores[number]! / bestCategory);
        }
      }
      result[index] = Math.min(1, scores[index]! / best) + CATEGORY_WEIGHT * category;
      bestCombined = Math.max(bestCombined, result[index]! * discount[index]!);
    }
    for (let index = 0; index < result.length; index++) {
      const share = Math.min(1, result[index]! / bestCombined);
      result[index] = share < MIN_INTENT_SHARE ? 0 : share;
    }
    return result;
  }

  return {
    toolkits,
    documentToolkits,
    generated,
    hasOwnerNoun: (toolkit, noun) => ownerNounToolkits.has(`${toolkit} ${noun}`),
    named,
    namedByOrdinaryWord,
    nameStems: (toolkit) => nameStemLists[toolkit] ?? [],
    affinities,
  };
}

/**
 * Calls `visit` with each term's count per toolkit: its profile counts (`profileCounts`) first, then
 * one per tool using it, toolkits in the order their first such tool comes.
 */
function forEachTermCounts(
  documents: ToolDocumentTable,
  documentToolkits: Int32Array,
  toolkitCount: number,
  profileCounts: ReadonlyMap<string, ReadonlyMap<number, number>>,
  visit: (term: string, counts: [number, number][]) => void,
): void {
  const { terms, termStarts, termDocuments } = documents;
  const slots = new Int32Array(toolkitCount).fill(-1);
  terms.forEach((term, number) => {
    const counts: [number, number][] = [];
    for (const [toolkit, amount] of profileCounts.get(term) ?? []) {
      slots[toolkit] = counts.length;
      counts.push([toolkit, amount]);
    }
    for (let position = termStarts[number]!; position < termStarts[number + 1]!; position++) {
      const toolkit = documentToolkits[termDocuments[position]!]!;
      if (slots[toolkit] === -1) {
        slots[toolkit] = counts.length;
        counts.push([toolkit, 0]);
      }
      counts[slots[toolkit]!]![1] += 1;
    }
    for (const [toolkit] of counts) slots[toolkit] = -1;
    visit(term, counts);
  });
  for (const [term, byToolkit] of profileCounts)
    if (!documents.termNumbers.has(term)) visit(term, [...byToolkit]);
}

/** The toolkits whose tools use a term (a toolkit's own profile not counted). */
function toolkitsUsing(
  documents: ToolDocumentTable,
  documentToolkits: Int32Array,
  term: string,
): Set<number> {
  const users = new Set<number>();
  const number = documents.termNumbers.get(term);
  if (number === undefined) return users;
  for (let position = documents.termStarts[number]!; position < documents.termStarts[number + 1]!; position++)
    users.add(documentToolkits[documents.termDocuments[position]!]!);
  return users;
}

/** `p(toolkit | term)` of every term from its counts per toolkit (`forEachTermCounts`), in flat arrays. */
function termAffinities(
  documents: ToolDocumentTable,
  documentToolkits: Int32Array,
  sizes: Float64Array,
  toolkitCategories: readonly number[][],
  categoryMembers: Float64Array,
  profileCounts: ReadonlyMap<string, ReadonlyMap<number, number>>,
): { affinityByTerm: Map<string, TermAffinity>; affinityToolkits: Int32Array; affinityShares: Float32Array } {
  const affinityByTerm = new Map<string, TermAffinity>();
  const allToolkits: number[] = [];
  const allShares: number[] = [];
  forEachTermCounts(documents, documentToolkits, sizes.length, profileCounts, (term, counts) => {
    let total = 0;
    let coverage = 0;
    for (const [toolkit, amount] of counts) coverage = Math.max(coverage, amount / sizes[toolkit]!);
    const entries = counts.map(([toolkit, amount]) => {
      const share = amount / sizes[toolkit]! ** SIZE_EXPONENT;
      total += share;
      return [toolkit, share] as const;
    });
    let categoryTotal = 0;
    for (const [toolkit, share] of entries) {
      for (const category of toolkitCategories[toolkit]!) categoryTotal += share / categoryMembers[category]!;
    }
    const start = allToolkits.length;
    for (const [toolkit, share] of entries) {
      allToolkits.push(toolkit);
      allShares.push(share / total);
    }
    affinityByTerm.set(term, {
      start,
      end: allToolkits.length,
      categoryScale: categoryTotal > 0 ? total / categoryTotal : 0,
      reliability: Math.min(1, coverage) ** PRIOR_COVERAGE_EXPONENT,
    });
  });
  return {
    affinityByTerm,
    affinityToolkits: Int32Array.from(allToolkits),
    affinityShares: Float32Array.from(allShares),
  };
}
