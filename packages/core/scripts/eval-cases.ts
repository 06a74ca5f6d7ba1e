/**
 * The search eval's cases and catalogs, shared by `eval-search.ts` and `catalog-diff.ts`: reading the
 * JSON-lines files, the frozen held-out split, expected slugs, and the two catalogs compared.
 */
import { readFileSync } from 'node:fs';
import { catalogToolkits } from '@toolrouter/catalog';
import { loadBuiltinToolkits, type ToolkitDefinition } from '@toolrouter/toolkits';
import type { SearchableTool } from '../src/search/search-types.ts';
import type { SearchableToolkit } from '../src/search/toolkit-intent.ts';

export interface EvalCase {
  id: string;
  query: string;
  expected?: string[];
  expected_slugs?: string[];
  toolkit?: string;
}

/** The shared dev files: the catalog bench's recall gate (issue 13) is computed over them. */
export const SHARED_EVAL_FILES = ['../shared/eval/github-dev.jsonl', '../shared/eval/mixed-dev.jsonl'];

/**
 * Split like the shared files. `fresh3-requests.jsonl` (wave 13), `fresh4-requests.jsonl` and
 * `fresh5-requests.jsonl` (wave 14) were each written by two helper sessions; `fresh6-requests.jsonl`,
 * `fresh7-requests.jsonl` and `fresh8-requests.jsonl` (wave 15) by four each. They saw the tool list and
 * the mixed dev file's tuning split, never the search. Their first readings, before any tuning on them,
 * are in the design notes ("Search, wave 13" to "Search, wave 15").
 */
export const DEFAULT_FILES = [
  ...SHARED_EVAL_FILES,
  'packages/core/scripts/eval/own-requests.jsonl',
  'packages/core/scripts/eval/fresh3-requests.jsonl',
  'packages/core/scripts/eval/fresh4-requests.jsonl',
  'packages/core/scripts/eval/fresh5-requests.jsonl',
  'packages/core/scripts/eval/fresh6-requests.jsonl',
  'packages/core/scripts/eval/fresh7-requests.jsonl',
  'packages/core/scripts/eval/fresh8-requests.jsonl',
];

/**
 * Check files: requests written before a wave's tuning and never tuned on. They are reported whole (no
 * split, no misses printed), only to check that changes chosen on the tuning splits generalise.
 */
export const CHECK_FILES = ['packages/core/scripts/eval/fresh2-requests.jsonl'];

/**
 * Tuning material reported whole (no held-out split), misses printed with `--misses`.
 * `fresh-requests.jsonl` was the check file of wave 8 and is tuned on since its round 2, when
 * `fresh2-requests.jsonl` took its place. `paraphrase-requests.jsonl` (wave 13) holds two rewordings of
 * each tuning request of the mixed dev file, by helper sessions that saw the requests and the tool
 * list, never the search or a held-out request: how much of the tuning split's score is its wording.
 */
export const WHOLE_TUNING_FILES = [
  'packages/core/scripts/eval/fresh-requests.jsonl',
  'packages/core/scripts/eval/paraphrase-requests.jsonl',
];

/** Whether `path` is a check file (`CHECK_FILES`): reported whole, its misses never printed. */
export function isCheckFile(path: string): boolean {
  return CHECK_FILES.some((file) => path.endsWith(file));
}

/** Whether `path` is reported whole, with no held-out split: a check file or a former one. */
export function isWholeFile(path: string): boolean {
  return isCheckFile(path) || WHOLE_TUNING_FILES.some((file) => path.endsWith(file));
}

/** Last digits of held-out ids. Frozen: changing it would leak held-out cases into tuning. */
const HELD_OUT_LAST_DIGITS = new Set([0, 1, 2]);

/** Whether a case belongs to the frozen held-out split: its id's number ends in 0, 1 or 2. */
export function isHeldOut(id: string): boolean {
  const digits = id.replace(/\D+/g, '');
  if (digits.length === 0) throw new Error(`Eval case id '${id}' has no number.`);
  return HELD_OUT_LAST_DIGITS.has(Number(digits.at(-1)));
}

function toSlug(toolkit: string, operationId: string): string {
  return `${toolkit}_${operationId}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

export function expectedSlugs(evalCase: EvalCase): Set<string> {
  if (evalCase.expected_slugs !== undefined) return new Set(evalCase.expected_slugs);
  const toolkit = evalCase.toolkit ?? 'github';
  return new Set((evalCase.expected ?? []).map((operationId) => toSlug(toolkit, operationId)));
}

export function readCases(path: string): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EvalCase);
}

export interface NamedCatalog {
  label: string;
  tools: SearchableTool[];
  toolkits: SearchableToolkit[];
}

/** The built-in toolkits (`builtin`) and the built-in toolkits plus the generated catalog (`full`). */
export async function loadCatalogs(which: string | undefined): Promise<NamedCatalog[]> {
  const builtinToolkits = await loadBuiltinToolkits();
  const builtinSlugs = new Set(builtinToolkits.map((toolkit) => toolkit.slug));
  const toolsOf = (toolkits: ToolkitDefinition[]) =>
    toolkits.flatMap((toolkit) => toolkit.tools.map((tool) => ({ ...tool, toolkit: toolkit.slug })));
  const catalogs: NamedCatalog[] = [];
  if (which !== 'full') {
    catalogs.push({ label: 'builtin', tools: toolsOf(builtinToolkits), toolkits: builtinToolkits });
  }
  if (which !== 'builtin') {
    const generated = (await catalogToolkits()).filter((toolkit) => !builtinSlugs.has(toolkit.slug));
    const toolkits = [...builtinToolkits, ...generated];
    catalogs.push({ label: 'full', tools: toolsOf(toolkits), toolkits });
  }
  return catalogs;
}
