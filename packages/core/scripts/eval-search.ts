/**
 * Evaluates tool search on the dev files, with an honest protocol:
 *
 * - Each file is split once, deterministically: a case whose id number ends in 0, 1 or 2 is
 *   **held out** (`isHeldOut`); every other case is the **tuning** split. Misses are printed only for
 *   the tuning split; the held-out split reports aggregate figures only. Never tune on held-out cases.
 * - Every file is run against two catalogs side by side: the built-in toolkits only, and the built-in
 *   toolkits plus the generated catalog of `@toolrouter/catalog` (every toolkit allowed). The catalog
 *   size (toolkits and tools) is printed with the figures.
 *
 * - Check files (`CHECK_FILES`, `packages/core/scripts/eval/fresh2-requests.jsonl`) were written before a
 *   round's tuning and are never tuned on: reported whole, no split and no misses, they check that a change
 *   chosen on the tuning material generalises.
 * - Whole tuning files (`WHOLE_TUNING_FILES`: the former check file `fresh-requests.jsonl` and
 *   `paraphrase-requests.jsonl`, rewordings of the mixed dev file's tuning split) are tuning material:
 *   reported whole (no held-out split), their misses printed with `--misses`.
 *
 * Files are JSON lines of `{ id, query, expected: [operationIds], toolkit }` (GitHub requests) or
 * `{ id, query, expected_slugs: [slugs] }` (requests across toolkits). A hit is any expected tool.
 *
 *   pnpm eval:search [file.jsonl ...] [--misses] [--catalog=builtin|full] [--split=tuning] [--embedder=module.ts]
 *
 * Paths are relative to the repository root (default: `../shared/eval/github-dev.jsonl`,
 * `../shared/eval/mixed-dev.jsonl` and `packages/core/scripts/eval/own-requests.jsonl`, then the former and current check files). `--misses`
 * prints the tuning material's cases not ranked first (never a check file's).
 *
 * `--split=tuning` prints the tuning material only: no held-out line, no check file searched, and a
 * "gate, tuning split only" line per catalog, the catalog bench's recall gate (the `../shared/eval`
 * files) over their tuning cases, to choose between variants without reading held-out figures.
 *
 * `--embedder=<module>` measures an `Embedder` (a module exporting `createEmbedder()`, e.g.
 * `packages/core/scripts/embedders/character-trigram-embedder.ts`): lexical and fused figures side by
 * side, the model's load time and memory, the time to embed the catalog, and per-query embedding
 * latency; `--misses` then prints the fused ranking's tuning misses. Tool vectors are cached on disk
 * between runs (the first run prints the cold build time).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createToolSearchIndex } from '../src/search/create-tool-search-index.ts';
import type { Embedder, ToolSearchHit } from '../src/search/search-types.ts';
import { REPOSITORY_ROOT } from '../src/search/test-support/load-builtin-catalog.ts';
import type { SearchableToolkit } from '../src/search/toolkit-intent.ts';
import { createDiskCachedEmbedder, type DiskCachedEmbedder } from './disk-cached-embedder.ts';
import {
  CHECK_FILES,
  DEFAULT_FILES,
  expectedSlugs,
  isCheckFile,
  isHeldOut,
  isWholeFile,
  loadCatalogs,
  type NamedCatalog,
  readCases,
  SHARED_EVAL_FILES,
  WHOLE_TUNING_FILES,
} from './eval-cases.ts';

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
  return `  ${label.padEnd(9)} n=${String(metrics.count).padStart(3)}  recall@1 ${metrics.recallAt1.toFixed(3)}  recall@5 ${metrics.recallAt5.toFixed(3)}  MRR ${metrics.mrr.toFixed(3)}`;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

type Search = (query: string) => Promise<ToolSearchHit[]> | ToolSearchHit[];

interface SplitMetrics {
  tuning: Metrics;
  heldOut: Metrics;
  /** Every case of a file reported whole (`CHECK_FILES`, `WHOLE_TUNING_FILES`), which has no split. */
  whole: Metrics;
  /** Cases for toolkits the catalog does not hold (a generated one, on the built-in catalog). */
  skipped: number;
}

async function evaluate(
  search: Search,
  catalogSlugs: ReadonlySet<string>,
  path: string,
  showMisses: boolean,
  latencies: number[],
): Promise<SplitMetrics> {
  const splits: Record<'tuning' | 'held-out' | 'whole', (number | undefined)[]> = {
    tuning: [],
    'held-out': [],
    whole: [],
  };
  const checkFile = isCheckFile(path);
  const wholeFile = isWholeFile(path);
  let skipped = 0;
  for (const evalCase of readCases(path)) {
    const expected = expectedSlugs(evalCase);
    const unknown = [...expected].filter((slug) => !catalogSlugs.has(slug));
    if (wholeFile && unknown.length > 0) {
      throw new Error(`${evalCase.id} expects ${unknown.join(', ')}, which no toolkit has.`);
    }
    // A case for a toolkit the catalog does not hold is no miss.
    if (![...expected].some((slug) => catalogSlugs.has(slug))) {
      skipped++;
      continue;
    }
    const started = performance.now();
    const hits = await search(evalCase.query);
    latencies.push(performance.now() - started);
    const position = hits.findIndex((hit) => expected.has(hit.slug));
    const rank = position === -1 ? undefined : position + 1;
    const heldOut = !wholeFile && isHeldOut(evalCase.id);
    splits[wholeFile ? 'whole' : heldOut ? 'held-out' : 'tuning'].push(rank);
    if (showMisses && !checkFile && !heldOut && rank !== 1) {
      console.log(`    ${evalCase.id} rank ${rank ?? '-'}  ${evalCase.query}`);
      console.log(`       expected ${[...expected].join(' ')}`);
      console.log(
        `       got      ${hits
          .slice(0, 5)
          .map((hit) => `${hit.slug}(${hit.score.toFixed(3)})`)
          .join(' ')}`,
      );
    }
  }
  return {
    tuning: summarize(splits.tuning),
    heldOut: summarize(splits['held-out']),
    whole: summarize(splits.whole),
    skipped,
  };
}

/** The figure lines of one file: tuning and held-out splits (tuning only with `tuningOnly`), or a check file's whole. */
function splitLines(path: string, metrics: SplitMetrics, suffix = '', tuningOnly = false): string[] {
  if (isCheckFile(path)) return [`${format('whole', metrics.whole)}${suffix}  (check file, never tuned on)`];
  if (isWholeFile(path))
    return [`${format('whole', metrics.whole)}${suffix}  (tuning material, no held-out split)`];
  const tuning = `${format('tuning', metrics.tuning)}${suffix}`;
  return tuningOnly ? [tuning] : [tuning, `${format('held-out', metrics.heldOut)}${suffix}`];
}

/** The catalog bench's recall gate (issue 13) over the tuning cases of the shared eval files. */
function tuningGateLine(gate: Metrics[]): string {
  const count = gate.reduce((sum, metrics) => sum + metrics.count, 0);
  const hits = (key: 'recallAt1' | 'recallAt5') =>
    gate.reduce((sum, metrics) => sum + Math.round(metrics[key] * metrics.count), 0);
  return `  gate, tuning split only: n=${count}  recall@1 ${hits('recallAt1')} (${(hits('recallAt1') / count).toFixed(3)})  recall@5 ${hits('recallAt5')} (${(hits('recallAt5') / count).toFixed(3)})`;
}

function fileHeader(path: string, metrics: SplitMetrics): string {
  const skipped =
    metrics.skipped > 0 ? ` (${metrics.skipped} cases for toolkits outside this catalog skipped)` : '';
  return ` ${basename(path)}${skipped}`;
}

function latencyLine(label: string, latencies: number[]): string {
  const sorted = [...latencies].sort((left, right) => left - right);
  return `  ${label} p50 ${percentile(sorted, 0.5).toFixed(2)} ms  p99 ${percentile(sorted, 0.99).toFixed(2)} ms`;
}

function option(argumentsList: string[], name: string): string | undefined {
  return argumentsList.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
}

interface LoadedEmbedder {
  label: string;
  /** Calls the model every time: used to time query embedding. */
  model: Embedder;
  /** Remembers vectors on disk between runs, so a large catalog is embedded once. */
  cached: DiskCachedEmbedder;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * Loads the embedder module named by `--embedder=<path>`: any module with
 * `export function createEmbedder(): Embedder | Promise<Embedder>`. Prints its load time and the memory
 * it took. Vectors are cached under `node_modules/.cache/eval-search/`, one file per module.
 */
async function loadEmbedder(modulePath: string): Promise<LoadedEmbedder> {
  const path = resolve(REPOSITORY_ROOT, modulePath);
  const before = process.memoryUsage();
  const started = performance.now();
  const module = (await import(pathToFileURL(path).href)) as {
    createEmbedder?: () => Embedder | Promise<Embedder>;
  };
  if (typeof module.createEmbedder !== 'function') {
    throw new Error(`${path} does not export a createEmbedder function.`);
  }
  const model = await module.createEmbedder();
  await model.embed(['load the model']);
  const after = process.memoryUsage();
  const label = basename(path).replace(/\.[cm]?[jt]s$/, '');
  console.log(
    `embedder ${label}: loaded in ${(performance.now() - started).toFixed(0)} ms, RSS +${megabytes(after.rss - before.rss)}, heap +${megabytes(after.heapUsed - before.heapUsed)}`,
  );
  const cacheKey = createHash('sha256').update(path).digest('hex').slice(0, 12);
  const cachePath = resolve(REPOSITORY_ROOT, `node_modules/.cache/eval-search/${label}-${cacheKey}.json`);
  return { label, model, cached: createDiskCachedEmbedder(model, cachePath) };
}

/** Prints lexical and fused (lexical + embedder, the index's reciprocal rank fusion) side by side. */
async function compareWithEmbedder(
  embedder: LoadedEmbedder,
  catalog: NamedCatalog,
  describeToolkit: (slug: string) => SearchableToolkit | undefined,
  paths: string[],
  showMisses: boolean,
): Promise<void> {
  const lexical = createToolSearchIndex(catalog.tools, { describeToolkit });
  const fused = createToolSearchIndex(catalog.tools, { describeToolkit, embedder: embedder.cached });
  embedder.cached.resetCount();
  const before = process.memoryUsage();
  const started = performance.now();
  await fused.search('warm up', { limit: 1 });
  const embedMs = performance.now() - started;
  const after = process.memoryUsage();
  const embedded = embedder.cached.embeddedCount;
  embedder.cached.save();
  const dimensions = (await embedder.cached.embed(['warm up']))[0]!.length;
  const cost =
    embedded === 0
      ? "all from the eval's disk cache"
      : `${embedded} texts embedded now (${(embedMs / embedded).toFixed(1)} ms each), the rest from the eval's disk cache`;
  console.log(
    `  tool vectors: ${catalog.tools.length} tools in ${embedMs.toFixed(0)} ms, ${cost}; ${dimensions} dimensions, ${megabytes(catalog.tools.length * dimensions * 8)} kept by the index, RSS +${megabytes(after.rss - before.rss)}`,
  );
  const catalogSlugs = new Set(catalog.tools.map((tool) => tool.slug));
  const queryLatencies: number[] = [];
  const lexicalLatencies: number[] = [];
  const fusedLatencies: number[] = [];
  for (const path of paths) {
    for (const evalCase of readCases(path)) {
      const queryStarted = performance.now();
      await embedder.model.embed([evalCase.query]);
      queryLatencies.push(performance.now() - queryStarted);
    }
    const search = { limit: 20 };
    const lexicalMetrics = await evaluate(
      (query) => lexical.searchLexical(query, search),
      catalogSlugs,
      path,
      false,
      lexicalLatencies,
    );
    const fusedMetrics = await evaluate(
      (query) => fused.search(query, search),
      catalogSlugs,
      path,
      showMisses,
      fusedLatencies,
    );
    console.log(fileHeader(path, lexicalMetrics));
    const lexicalLines = splitLines(path, lexicalMetrics, '  lexical');
    const fusedLines = splitLines(path, fusedMetrics, `  fused with ${embedder.label}`);
    lexicalLines.forEach((line, position) => {
      console.log(`${line}\n${fusedLines[position]}`);
    });
  }
  console.log(latencyLine('query embedding', queryLatencies));
  console.log(latencyLine('lexical search ', lexicalLatencies));
  console.log(`${latencyLine('fused search   ', fusedLatencies)} (query vectors from the eval's cache)`);
}

async function main(): Promise<void> {
  const argumentsList = process.argv.slice(2);
  const showMisses = argumentsList.includes('--misses');
  const which = option(argumentsList, 'catalog');
  const split = option(argumentsList, 'split');
  if (split !== undefined && split !== 'tuning')
    throw new Error(`--split=${split}: only --split=tuning exists.`);
  const tuningOnly = split === 'tuning';
  const fileArguments = argumentsList.filter((argument) => !argument.startsWith('--'));
  const paths = (
    fileArguments.length > 0 ? fileArguments : [...DEFAULT_FILES, ...WHOLE_TUNING_FILES, ...CHECK_FILES]
  )
    .map((file) => resolve(REPOSITORY_ROOT, file))
    .filter((path) => {
      if (tuningOnly && isCheckFile(path)) return false;
      if (existsSync(path)) return true;
      console.log(`(skipping ${path}: not found)`);
      return false;
    });
  const embedderPath = option(argumentsList, 'embedder');
  const embedder = embedderPath === undefined ? undefined : await loadEmbedder(embedderPath);
  for (const catalog of await loadCatalogs(which)) {
    const started = performance.now();
    const bySlug = new Map(catalog.toolkits.map((toolkit) => [toolkit.slug, toolkit]));
    const describeToolkit = (slug: string) => bySlug.get(slug);
    const index = createToolSearchIndex(catalog.tools, { describeToolkit });
    const buildMs = performance.now() - started;
    console.log(
      `catalog ${catalog.label}: ${catalog.toolkits.length} toolkits, ${index.size} tools, index built in ${buildMs.toFixed(0)} ms`,
    );
    if (embedder !== undefined) {
      await compareWithEmbedder(embedder, catalog, describeToolkit, paths, showMisses);
      continue;
    }
    const catalogSlugs = new Set(catalog.tools.map((tool) => tool.slug));
    const latencies: number[] = [];
    const gate: Metrics[] = [];
    for (const path of paths) {
      const metrics = await evaluate(
        (query) => index.searchLexical(query, { limit: 20 }),
        catalogSlugs,
        path,
        showMisses,
        latencies,
      );
      console.log(fileHeader(path, metrics));
      for (const line of splitLines(path, metrics, '', tuningOnly)) console.log(line);
      if (SHARED_EVAL_FILES.some((file) => basename(file) === basename(path))) gate.push(metrics.tuning);
    }
    if (tuningOnly && gate.length > 0) console.log(tuningGateLine(gate));
    console.log(`${latencyLine('latency ', latencies)} (one pass, cold; see pnpm bench)`);
  }
}

await main();
