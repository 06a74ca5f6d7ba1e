/**
 * Evaluates tool search on a JSON-lines file of `{ id, query, expected: [operationIds], toolkit }`:
 * recall@1, recall@5 and MRR (a hit is any expected tool), overall and per half (odd / even ids).
 *
 *   node --conditions=@toolrouter/source packages/core/scripts/eval-search.ts [file.jsonl] [--misses [--odd|--even]]
 *
 * The path is relative to the repository root (default `../shared/eval/github-dev.jsonl`). `--misses`
 * prints every case not ranked first; tune on one half and check on the other.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createToolSearchIndex } from '../src/search/create-tool-search-index.ts';
import { loadBuiltinCatalog, REPOSITORY_ROOT } from '../src/search/test-support/load-builtin-catalog.ts';

interface EvalCase {
  id: string;
  query: string;
  expected: string[];
  toolkit: string;
}

function toSlug(toolkit: string, operationId: string): string {
  return `${toolkit}_${operationId}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
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
  const path = resolve(REPOSITORY_ROOT, pathArgument ?? '../shared/eval/github-dev.jsonl');
  const cases = readCases(path);
  const tools = await loadBuiltinCatalog();
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
