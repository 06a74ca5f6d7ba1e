/**
 * Tool search benchmark: index build time and per-query latency (p50/p99) over the full built-in
 * catalog, for the queries of the dev evaluation file (repeated to a few hundred) on one core.
 *
 *   node --conditions=@toolrouter/source packages/core/bench/search-bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createToolSearchIndex } from '../src/search/create-tool-search-index.ts';
import { loadBuiltinCatalog, REPOSITORY_ROOT } from '../src/search/test-support/load-builtin-catalog.ts';

const FALLBACK_QUERIES = [
  'open a pull request from my branch',
  'DM Alice on slack',
  'bump the version and publish a release',
  'list the open issues labelled bug',
  'send an email to the team about the outage',
  'rerun the failed CI workflow',
  'create a page in notion with the meeting notes',
  'who am I on GitHub',
];

function loadQueries(): string[] {
  const path = resolve(REPOSITORY_ROOT, '../shared/eval/github-dev.jsonl');
  if (!existsSync(path)) return FALLBACK_QUERIES;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { query: string }).query);
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/**
 * Prints index build time and p50/p99 search latency over the full catalog.
 *
 * @example
 * await runSearchBench();
 */
export async function runSearchBench(): Promise<void> {
  const tools = await loadBuiltinCatalog();
  const queries = loadQueries();
  const coldStarted = performance.now();
  let index = createToolSearchIndex(tools);
  const coldBuild = performance.now() - coldStarted;
  const builds: number[] = [];
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    index = createToolSearchIndex(tools);
    builds.push(performance.now() - started);
  }
  for (const query of queries) index.searchLexical(query);

  const latencies: number[] = [];
  const rounds = Math.max(1, Math.ceil(500 / queries.length));
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now();
      index.searchLexical(query, { limit: 10 });
      latencies.push(performance.now() - started);
    }
  }
  latencies.sort((left, right) => left - right);
  builds.sort((left, right) => left - right);
  console.log(`tool search: ${tools.length} tools, ${latencies.length} queries`);
  console.log(
    `  index build   first ${coldBuild.toFixed(1)} ms, then median ${percentile(builds, 0.5).toFixed(1)} ms (of ${builds.length})`,
  );
  console.log(
    `  search        p50 ${percentile(latencies, 0.5).toFixed(3)} ms  p99 ${percentile(latencies, 0.99).toFixed(3)} ms  max ${latencies.at(-1)?.toFixed(3)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runSearchBench();
