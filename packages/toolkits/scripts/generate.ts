// Regenerates the committed catalogs generated from API descriptions: `src/github/github-tools.generated.json`.
// Run with `pnpm --filter @toolrouter/toolkits generate` after bumping @octokit/openapi.
import { writeFileSync } from 'node:fs';
import { generateGithubTools } from '../src/github/generate-github-tools.ts';
import { readGithubDescription } from '../src/github/test-support/read-github-description.ts';

const { document, source } = readGithubDescription();
const { packed, report } = generateGithubTools(document, source);
const target = new URL('../src/github/github-tools.generated.json', import.meta.url);
const json = JSON.stringify(packed);
writeFileSync(target, json);

console.log(`github: ${report.tools} tools from ${report.operations} operations (${source})`);
console.log(`  written ${(json.length / 1024).toFixed(0)} KiB to ${target.pathname}`);
for (const skipped of report.skipped) {
  console.log(`  skipped ${skipped.method} ${skipped.path} (${skipped.operationId}): ${skipped.reason}`);
}
console.log(`  ${report.repairedTools} tools needed repairs:`);
for (const [reason, count] of Object.entries(report.repairs)) console.log(`    ${reason}: ${count}`);
