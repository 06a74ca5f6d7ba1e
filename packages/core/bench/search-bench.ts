/**
 * Tool search benchmark: index build time and per-query latency (p50/p99) over the built-in toolkits
 * and over the whole catalog (built-in plus `@toolrouter/catalog`, 179 toolkits), for the queries of
 * the dev evaluation files (repeated to a few hundred) on one core. Targets over the whole catalog:
 * p50 < 5 ms, p99 < 20 ms.
 *
 *   node --conditions=@toolrouter/source packages/core/bench/search-bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogToolkits } from '@toolrouter/catalog';
import { loadBuiltinToolkits, type ToolkitDefinition } from '@toolrouter/toolkits';
import { createToolSearchIndex } from '../src/search/create-tool-search-index.ts';
import { REPOSITORY_ROOT } from '../src/search/test-support/load-builtin-catalog.ts';

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
  const queries = ['github-dev.jsonl', 'mixed-dev.jsonl']
    .map((file) => resolve(REPOSITORY_ROOT, '../shared/eval', file))
    .filter((path) => existsSync(path))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim().length > 0)
        .map((line) => (JSON.parse(line) as { query: string }).query),
    );
  return queries.length > 0 ? queries : FALLBACK_QUERIES;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

interface Measured {
  p50: number;
  p99: number;
}

function measure(label: string, toolkits: ToolkitDefinition[], queries: string[]): Measured {
  const tools = toolkits.flatMap((toolkit) =>
    toolkit.tools.map((tool) => ({ ...tool, toolkit: toolkit.slug })),
  );
  const bySlug = new Map(toolkits.map((toolkit) => [toolkit.slug, toolkit]));
  const options = { describeToolkit: (slug: string) => bySlug.get(slug) };
  const coldStarted = performance.now();
  let index = createToolSearchIndex(tools, options);
  const coldBuild = performance.now() - coldStarted;
  const builds: number[] = [];
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    index = createToolSearchIndex(tools, options);
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
  const measured = { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
  console.log(
    `tool search (${label}): ${bySlug.size} toolkits, ${tools.length} tools, ${latencies.length} queries`,
  );
  console.log(
    `  index build   first ${coldBuild.toFixed(1)} ms, then median ${percentile(builds, 0.5).toFixed(1)} ms (of ${builds.length})`,
  );
  console.log(
    `  search        p50 ${measured.p50.toFixed(3)} ms  p99 ${measured.p99.toFixed(3)} ms  max ${latencies.at(-1)?.toFixed(3)} ms`,
  );
  return measured;
}

/**
 * Prints index build time and p50/p99 search latency over the built-in toolkits and over the whole
 * catalog, and the ratio between the two (measured in the same run, so load on the machine cancels out).
 *
 * @example
 * await runSearchBench();
 */
export async function runSearchBench(): Promise<void> {
  const queries = loadQueries();
  const builtin = await loadBuiltinToolkits();
  const builtinSlugs = new Set(builtin.map((toolkit) => toolkit.slug));
  const generated = (await catalogToolkits()).filter((toolkit) => !builtinSlugs.has(toolkit.slug));
  const small = measure('built-in toolkits', builtin, queries);
  const full = measure('whole catalog', [...builtin, ...generated], queries);
  console.log(
    `  whole catalog / built-in: p50 x${(full.p50 / small.p50).toFixed(1)}, p99 x${(full.p99 / small.p99).toFixed(1)} (targets over the whole catalog: p50 < 5 ms, p99 < 20 ms)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runSearchBench();
