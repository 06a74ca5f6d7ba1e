// Prints a hash of the top-10 slugs and scores of every eval request (../shared/eval/*.jsonl and core's
// own-requests.jsonl), over the built-in toolkits alone and with the whole catalog. Two checkouts that
// print the same hashes rank identically: a change meant to make the index faster or smaller (not to
// change what it finds) is checked with it before and after.
//   node --conditions=@toolrouter/source packages/catalog/scripts/ranking-hash.ts [checkout]
// `checkout` (default: this one) is the root of the repository whose search and catalog are measured,
// e.g. /work/main for the baseline.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('../../../', import.meta.url));
const root = resolve(process.argv[2] ?? here);
const load = (path: string) => import(pathToFileURL(join(root, path)).href);

const { createToolSearchIndex } = (await load(
  'packages/core/src/search/create-tool-search-index.ts',
)) as typeof import('../../core/src/search/create-tool-search-index.ts');
const { catalogToolkits } = (await load(
  'packages/catalog/src/catalog-toolkits.ts',
)) as typeof import('../src/catalog-toolkits.ts');
const { loadBuiltinToolkits } = (await load(
  'packages/toolkits/src/index.ts',
)) as typeof import('../../toolkits/src/index.ts');

const queryFiles = [
  ...readdirSync(join(here, '../shared/eval'))
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => join(here, '../shared/eval', file)),
  join(here, 'packages/core/scripts/eval/own-requests.jsonl'),
];
const queries = queryFiles.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { query: string }).query),
);

type Toolkit = Awaited<ReturnType<typeof loadBuiltinToolkits>>[number];
const builtin: Toolkit[] = await loadBuiltinToolkits();
const catalog: Toolkit[] = await catalogToolkits();
for (const [label, toolkits] of [
  ['built-in only', builtin],
  ['built-in + catalog', [...builtin, ...catalog]],
] as const) {
  const bySlug = new Map(toolkits.map((toolkit) => [toolkit.slug, toolkit]));
  const tools = toolkits.flatMap((toolkit) =>
    toolkit.tools.map((tool) => ({ ...tool, toolkit: toolkit.slug })),
  );
  const index = createToolSearchIndex(tools, { describeToolkit: (slug) => bySlug.get(slug) });
  const hash = createHash('sha256');
  for (const query of queries) {
    for (const hit of index.searchLexical(query, { limit: 10 })) hash.update(`${hit.slug} ${hit.score}\n`);
    hash.update('--\n');
  }
  console.log(
    `${label}: ${tools.length} tools, ${queries.length} queries, ${hash.digest('hex').slice(0, 16)}`,
  );
}
