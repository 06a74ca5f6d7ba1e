// Benchmarks the generated catalog: `toolrouter serve` cold start and memory with and without it
// (each in fresh child processes, same run), the size of the package data, tool search latency and
// recall on ../shared/eval/*.jsonl over the built-in toolkits alone and with the catalog.
// Run with `pnpm --filter @toolrouter/catalog bench`. Timings are noisy on a shared machine: compare
// the ratios measured in one run.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltinToolkits, type ToolkitDefinition } from '@toolrouter/toolkits';
import { createToolSearchIndex } from '../../core/src/search/create-tool-search-index.ts';
import type { SearchableTool } from '../../core/src/search/search-types.ts';
import { catalogToolkits } from '../src/catalog-toolkits.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((values.length * p) / 100))
  ] as number;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
/** The issue's budgets (DESIGN: catalog at scale); every figure is printed with its budget and a verdict. */
const BUDGETS = {
  coldStartMs: 3_000,
  rssBytes: 400 * 1024 * 1024,
  installedBytes: 40 * 1024 * 1024,
  searchP50Ms: 10,
  searchP99Ms: 40,
};
const verdict = (value: number, budget: number) => (value <= budget ? 'within budget' : 'OVER BUDGET');
const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, file) => sum + sizeOf(join(path, file)), 0)
    : statSync(path).size;

// What an installed server runs: the built packages (`pnpm build`), when every one is built; otherwise
// the TypeScript sources, whose loading includes type stripping that an installed server does not pay.
const FROM_DIST = ['core', 'toolkits', 'catalog', 'server', 'postgres'].every((name) =>
  existsSync(fileURLToPath(new URL(`../../${name}/dist/index.js`, import.meta.url))),
);
console.log(
  `toolrouter serve runs from ${FROM_DIST ? 'the built packages (dist)' : 'the TypeScript sources (run pnpm build to measure dist)'}`,
);

/**
 * The V8 flag the Docker image and the repository's `toolrouter` command run the server with
 * (`SERVER_NODE_FLAGS` in packages/server/bin/toolrouter.js): at most 16 MiB per semi-space of the
 * young generation, which Node 24's defaults let double during a start with the catalog.
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=16'];

function serve(
  catalog: boolean,
  nodeFlags: readonly string[],
): {
  milliseconds: number;
  rss: number;
  heapUsed: number;
  firstSearch: number;
  toolkits: number;
  phases: Record<string, number>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-bench-'));
  try {
    const output = execFileSync(
      process.execPath,
      [
        ...nodeFlags,
        ...(FROM_DIST ? [] : ['--conditions=@toolrouter/source']),
        fileURLToPath(new URL('./serve-child.ts', import.meta.url)),
      ],
      {
        env: {
          ...process.env,
          TOOLROUTER_DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
          TOOLROUTER_ENCRYPTION_KEYS: randomBytes(32).toString('base64'),
          TOOLROUTER_API_KEY: 'bench-admin-key-0123456789abcdef',
          TOOLROUTER_CATALOG: catalog ? 'on' : 'off',
        },
        encoding: 'utf8',
      },
    );
    return JSON.parse(output.trim().split('\n').at(-1) as string);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 1. Cold start and memory of the server: as the Docker image runs it, and with Node's defaults (a
// global npm install started without NODE_OPTIONS). Runs of the configurations alternate.
const configurations = [
  { label: 'serve without catalog', catalog: false, nodeFlags: SERVER_NODE_FLAGS },
  { label: 'serve with catalog   ', catalog: true, nodeFlags: SERVER_NODE_FLAGS },
  { label: 'serve with catalog, Node defaults (no --max-semi-space-size)', catalog: true, nodeFlags: [] },
];
const runsOf = configurations.map(() => [] as ReturnType<typeof serve>[]);
for (let run = 0; run < RUNS; run++) {
  configurations.forEach((configuration, index) => {
    runsOf[index]?.push(serve(configuration.catalog, configuration.nodeFlags));
  });
}
configurations.forEach(({ label, catalog, nodeFlags }, index) => {
  const runs = runsOf[index] ?? [];
  const coldStart = median(runs.map((run) => run.milliseconds));
  const rss = median(runs.map((run) => run.rss));
  const heap = median(runs.map((run) => run.heapUsed));
  const firstSearch = median(runs.map((run) => run.firstSearch));
  console.log(
    `${label}  ${runs[0]?.toolkits} toolkits  cold start median ${coldStart.toFixed(0)} ms  RSS median ${mib(rss)}  heap used ${mib(heap)}  first search ${firstSearch.toFixed(1)} ms${nodeFlags.length > 0 ? `  (node ${nodeFlags.join(' ')})` : ''}`,
  );
  if (catalog) {
    console.log(
      `  budget: cold start ${coldStart.toFixed(0)} ms of ${BUDGETS.coldStartMs} ms: ${verdict(coldStart, BUDGETS.coldStartMs)}`,
    );
    console.log(`  budget: RSS ${mib(rss)} of ${mib(BUDGETS.rssBytes)}: ${verdict(rss, BUDGETS.rssBytes)}`);
    const phases = runs[0]?.phases ?? {};
    console.log(
      `  where the time goes (first run): ${Object.entries(phases)
        .map(([phase, ms]) => `${phase} ${ms.toFixed(0)} ms`)
        .join(', ')}`,
    );
  }
});

// 2. Size of what the package installs.
const dataDir = new URL('../src/data/', import.meta.url);
const dataBytes = readdirSync(dataDir).reduce((sum, file) => sum + statSync(new URL(file, dataDir)).size, 0);
console.log(`package data ${mib(dataBytes)} in ${readdirSync(dataDir).length} files`);
// What `npm install @toolrouter/catalog` puts on disk: the `files` of package.json (dist, README) and
// package.json. Without a build, the sources it is compiled from (the data files are copied as they are).
const packageDir = fileURLToPath(new URL('../', import.meta.url));
const built = existsSync(join(packageDir, 'dist'));
const installed = [built ? 'dist' : 'src', 'README.md', 'package.json'].reduce(
  (sum, entry) => sum + sizeOf(join(packageDir, entry)),
  0,
);
console.log(
  `  budget: installed size ${mib(installed)}${built ? '' : ' (src: not built, dist is the same data plus compiled code)'} of ${mib(BUDGETS.installedBytes)}: ${verdict(installed, BUDGETS.installedBytes)}`,
);

// 3. Search latency and recall, built-in toolkits alone and with the catalog.
interface EvalCase {
  id: string;
  query: string;
  expected?: string[];
  toolkit?: string;
  expected_slugs?: string[];
}
const evalDir = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));
const cases: EvalCase[] = readdirSync(evalDir)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) =>
    readFileSync(join(evalDir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as EvalCase),
  );
const expectedSlugs = (evalCase: EvalCase) =>
  new Set(
    evalCase.expected_slugs ??
      (evalCase.expected ?? []).map((operationId) =>
        `${evalCase.toolkit}_${operationId}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_'),
      ),
  );
const searchable = (toolkits: readonly ToolkitDefinition[]): SearchableTool[] =>
  toolkits.flatMap((toolkit) => toolkit.tools.map((tool) => ({ ...tool, toolkit: toolkit.slug })));

const builtin = await loadBuiltinToolkits();
const catalog = await catalogToolkits();
for (const [label, toolkits] of [
  ['built-in only        ', builtin],
  ['built-in + catalog   ', [...builtin, ...catalog]],
] as const) {
  const tools = searchable(toolkits);
  const buildStarted = performance.now();
  // As the router builds it: toolkit names, descriptions, categories and the `generated` flag known.
  const bySlug = new Map<string, ToolkitDefinition>(toolkits.map((toolkit) => [toolkit.slug, toolkit]));
  const index = createToolSearchIndex(tools, { describeToolkit: (slug) => bySlug.get(slug) });
  const buildMs = performance.now() - buildStarted;
  for (const evalCase of cases.slice(0, 20)) index.searchLexical(evalCase.query, { limit: 10 });
  const latencies: number[] = [];
  let hitsAt1 = 0;
  let hitsAt5 = 0;
  for (const evalCase of cases) {
    const started = performance.now();
    const hits = index.searchLexical(evalCase.query, { limit: 10 });
    latencies.push(performance.now() - started);
    const expected = expectedSlugs(evalCase);
    const rank = hits.findIndex((hit) => expected.has(hit.slug));
    if (rank === 0) hitsAt1++;
    if (rank >= 0 && rank < 5) hitsAt5++;
  }
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  console.log(
    `${label} ${tools.length} tools  index ${buildMs.toFixed(0)} ms  search p50 ${p50.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms  recall@1 ${(hitsAt1 / cases.length).toFixed(3)}  recall@5 ${(hitsAt5 / cases.length).toFixed(3)}  (n=${cases.length})`,
  );
  if (toolkits.length > builtin.length) {
    console.log(
      `  budget: search p50 ${p50.toFixed(1)} ms of ${BUDGETS.searchP50Ms} ms: ${verdict(p50, BUDGETS.searchP50Ms)}`,
    );
    console.log(
      `  budget: search p99 ${p99.toFixed(1)} ms of ${BUDGETS.searchP99Ms} ms: ${verdict(p99, BUDGETS.searchP99Ms)}`,
    );
  }
}
