/**
 * Which tuning-split requests the whole catalog ranks worse than the built-in toolkits alone (the
 * recall gate of issue 13), and tuning-split figures for both catalogs. Held-out cases (`isHeldOut`)
 * are skipped before they are searched: nothing about them is printed.
 *
 *   node --conditions=@toolrouter/source packages/core/scripts/catalog-diff.ts [file.jsonl ...] [--quiet] [--steals]
 *
 * `--quiet` prints the figures only. `--steals` prints, for the tuning cases of the whole catalog (the
 * former check file `fresh-requests.jsonl` included, as tuning material), where a tool of the other kind
 * ranks above the first expected tool: a generated tool above an expected curated one ("steal"), or a
 * curated tool above an expected generated one ("curated over generated"), each with the parts of both
 * scores (`LexicalIndex.explain`), and a count per file.
 */
import { basename, resolve } from 'node:path';
import { createToolSearchIndex } from '../src/search/create-tool-search-index.ts';
import { REPOSITORY_ROOT } from '../src/search/test-support/load-builtin-catalog.ts';
import {
  DEFAULT_FILES,
  expectedSlugs,
  isHeldOut,
  loadCatalogs,
  readCases,
  WHOLE_TUNING_FILES,
} from './eval-cases.ts';
import { printSteals } from './print-steals.ts';

const argumentsList = process.argv.slice(2);
const quiet = argumentsList.includes('--quiet');
const files = argumentsList.filter((argument) => !argument.startsWith('--'));
const paths = (files.length > 0 ? files : DEFAULT_FILES).map((file) => resolve(REPOSITORY_ROOT, file));

const catalogs = await loadCatalogs(undefined);
if (argumentsList.includes('--steals')) {
  const stealPaths =
    files.length > 0
      ? paths
      : [...paths, ...WHOLE_TUNING_FILES.map((file) => resolve(REPOSITORY_ROOT, file))];
  printSteals(catalogs.find((catalog) => catalog.label === 'full')!, stealPaths, quiet);
  process.exit(0);
}

const indexes = catalogs.map((catalog) => {
  const bySlug = new Map(catalog.toolkits.map((toolkit) => [toolkit.slug, toolkit]));
  return {
    label: catalog.label,
    slugs: new Set(catalog.tools.map((tool) => tool.slug)),
    index: createToolSearchIndex(catalog.tools, { describeToolkit: (slug) => bySlug.get(slug) }),
  };
});
const [builtin, full] = indexes as [(typeof indexes)[0], (typeof indexes)[0]];

const rankText = (rank: number) => (rank === 0 ? '-' : String(rank));
for (const path of paths) {
  const totals = new Map<string, { count: number; at1: number; at5: number }>();
  const lines: string[] = [];
  for (const evalCase of readCases(path)) {
    if (isHeldOut(evalCase.id)) continue;
    const expected = expectedSlugs(evalCase);
    const ranks = new Map<string, number>();
    const fullHits = full.index.searchLexical(evalCase.query, { limit: 20 });
    for (const { label, slugs, index } of indexes) {
      if (![...expected].some((slug) => slugs.has(slug))) continue;
      const hits = label === 'full' ? fullHits : index.searchLexical(evalCase.query, { limit: 20 });
      const rank = hits.findIndex((hit) => expected.has(hit.slug)) + 1;
      ranks.set(label, rank);
      const total = totals.get(label) ?? { count: 0, at1: 0, at5: 0 };
      total.count++;
      if (rank === 1) total.at1++;
      if (rank >= 1 && rank <= 5) total.at5++;
      totals.set(label, total);
    }
    const builtinRank = ranks.get(builtin.label);
    const fullRank = ranks.get(full.label)!;
    if (builtinRank === undefined || builtinRank === fullRank) continue;
    const worse = fullRank === 0 || (builtinRank !== 0 && fullRank > builtinRank);
    lines.push(
      `  ${worse ? 'WORSE' : 'better'} ${evalCase.id} builtin ${rankText(builtinRank)} full ${rankText(fullRank)}  ${evalCase.query}`,
      `     expected ${[...expected].join(' ')}`,
      `     full     ${fullHits
        .slice(0, 4)
        .map((hit) => `${hit.slug}(${hit.score.toFixed(2)})`)
        .join(' ')}`,
    );
  }
  console.log(basename(path));
  for (const [label, { count, at1, at5 }] of totals) {
    console.log(
      `  tuning ${label.padEnd(7)} n=${count}  recall@1 ${(at1 / count).toFixed(3)}  recall@5 ${(at5 / count).toFixed(3)}`,
    );
  }
  if (!quiet) for (const line of lines) console.log(line);
}
