/**
 * Evaluates tool search on a JSON-lines file of `{ id, query, expected: [operationIds], toolkit }`:
 * recall@1, recall@5 and MRR (a hit is any expected tool), overall and per half (odd / even ids).
 *
 *   node --conditions=@toolrouter/source packages/core/scripts/eval-search.ts [file.jsonl] [--misses]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBuiltinToolkits, type ToolkitDefinition } from '@toolrouter/toolkits';
import { createToolSearchIndex } from '../src/search/create-tool-search-index.ts';
import type { SearchableTool } from '../src/search/search-types.ts';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface EvalCase {
  id: string;
  query: string;
  expected: string[];
  toolkit: string;
}

function toSlug(toolkit: string, operationId: string): string {
  return `${toolkit}_${operationId}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * The real catalog: every toolkit `@toolrouter/toolkits` loads, plus any toolkit defined in its source
 * tree that the loader does not list yet (so other toolkits compete with GitHub's even mid-development).
 */
async function loadCatalog(): Promise<SearchableTool[]> {
  const toolkits = new Map<string, ToolkitDefinition>();
  for (const toolkit of await loadBuiltinToolkits()) toolkits.set(toolkit.slug, toolkit);
  const sourceRoot = resolve(repositoryRoot, 'packages/toolkits/src');
  for (const folder of readdirSync(sourceRoot, { withFileTypes: true })) {
    const file = resolve(sourceRoot, folder.name, `${folder.name}-toolkit.ts`);
    if (!folder.isDirectory() || !existsSync(file)) continue;
    const module: Record<string, unknown> = await import(pathToFileURL(file).href);
    for (const value of Object.values(module)) {
      if (isToolkit(value) && !toolkits.has(value.slug)) toolkits.set(value.slug, value);
    }
  }
  return [...toolkits.values()].flatMap((toolkit) =>
    toolkit.tools.map((tool) => ({ ...tool, toolkit: toolkit.slug })),
  );
}

function isToolkit(value: unknown): value is ToolkitDefinition {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ToolkitDefinition).slug === 'string' &&
    Array.isArray((value as ToolkitDefinition).tools)
  );
}

function readCases(path: string): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EvalCase);
}

interface Metrics {
  count: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
}

function summarize(ranks: (number | undefined)[]): Metrics {
  const count = ranks.length;
  const share = (predicate: (rank: number | undefined) => boolean) =>
    count === 0 ? 0 : ranks.filter(predicate).length / count;
  return {
    count,
    recallAt1: share((rank) => rank === 1),
    recallAt5: share((rank) => rank !== undefined && rank <= 5),
    mrr:
      count === 0
        ? 0
        : ranks.reduce<number>((sum, rank) => sum + (rank === undefined ? 0 : 1 / rank), 0) / count,
  };
}

function format(label: string, metrics: Metrics): string {
  return `${label.padEnd(10)} n=${String(metrics.count).padStart(4)}  recall@1 ${metrics.recallAt1.toFixed(3)}  recall@5 ${metrics.recallAt5.toFixed(3)}  MRR ${metrics.mrr.toFixed(3)}`;
}

async function main(): Promise<void> {
  const argumentsList = process.argv.slice(2);
  const showMisses = argumentsList.includes('--misses');
  const missesOf = argumentsList.includes('--odd') ? 1 : argumentsList.includes('--even') ? 0 : undefined;
  const pathArgument = argumentsList.find((argument) => !argument.startsWith('--'));
  const path = resolve(repositoryRoot, pathArgument ?? '../shared/eval/github-dev.jsonl');
  const cases = readCases(path);
  const tools = await loadCatalog();
  const started = performance.now();
  const index = createToolSearchIndex(tools);
  const buildMs = performance.now() - started;

  const ranks: (number | undefined)[] = [];
  const halves: Record<'odd' | 'even', (number | undefined)[]> = { odd: [], even: [] };
  for (const evalCase of cases) {
    const expected = new Set(evalCase.expected.map((operationId) => toSlug(evalCase.toolkit, operationId)));
    const hits = index.searchLexical(evalCase.query, { limit: 20 });
    const position = hits.findIndex((hit) => expected.has(hit.slug));
    const rank = position === -1 ? undefined : position + 1;
    ranks.push(rank);
    const number = Number.parseInt(evalCase.id.replace(/\D+/g, ''), 10);
    halves[number % 2 === 1 ? 'odd' : 'even'].push(rank);
    if (showMisses && rank !== 1 && (missesOf === undefined || number % 2 === missesOf)) {
      console.log(`${evalCase.id} rank ${rank ?? '-'}  ${evalCase.query}`);
      console.log(`   expected ${[...expected].join(' ')}`);
      console.log(
        `   got      ${hits
          .slice(0, 5)
          .map((hit) => `${hit.slug}(${hit.score.toFixed(1)})`)
          .join(' ')}`,
      );
    }
  }
  console.log(`catalog ${index.size} tools, index built in ${buildMs.toFixed(0)} ms, ${path}`);
  console.log(format('all', summarize(ranks)));
  console.log(format('odd ids', summarize(halves.odd)));
  console.log(format('even ids', summarize(halves.even)));
}

await main();
