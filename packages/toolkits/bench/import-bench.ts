// Benchmarks the OpenAPI importer on GitHub's full REST description and the cost of loading the
// generated `github` toolkit. Run with `pnpm --filter @toolrouter/toolkits bench`.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readGithubDescription } from '../src/github/test-support/read-github-description.ts';
import { fromOpenAPI } from '../src/openapi/from-openapi.ts';
import type { ToolkitDefinition } from '../src/toolkit/toolkit-types.ts';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

if (process.argv[2] === '--load-github') {
  // Child process: a cold start that loads only the generated toolkit.
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const { github } = await import('../src/github/github-toolkit.ts');
  const milliseconds = performance.now() - started;
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  console.log(JSON.stringify({ milliseconds, heap, tools: github.tools.length }));
} else {
  const parseStarted = performance.now();
  const { document, source, path } = readGithubDescription();
  const parseMilliseconds = performance.now() - parseStarted;
  const importTimes: number[] = [];
  const importHeaps: number[] = [];
  // Every result stays referenced, so the heap growth of a run is what one imported toolkit holds.
  const kept: ToolkitDefinition[] = [];
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    kept.push(fromOpenAPI(document, { slug: 'github', name: 'GitHub' }));
    importTimes.push(performance.now() - started);
    globalThis.gc?.();
    importHeaps.push(process.memoryUsage().heapUsed - heapBefore);
  }
  const tools = kept[0]?.tools.length;
  const loads = Array.from({ length: RUNS }, () => {
    const output = execFileSync(
      process.execPath,
      ['--conditions=@toolrouter/source', '--expose-gc', fileURLToPath(import.meta.url), '--load-github'],
      { encoding: 'utf8' },
    );
    return JSON.parse(output) as { milliseconds: number; heap: number; tools: number };
  });
  const generatedFile = new URL('../src/github/github-tools.generated.json', import.meta.url);

  console.log(`source: ${source} (${mib(statSync(path).size)})`);
  console.log(`parse the description (JSON.parse):  ${parseMilliseconds.toFixed(0)} ms`);
  console.log(
    `fromOpenAPI, median of ${RUNS}:           ${median(importTimes).toFixed(0)} ms, ` +
      `toolkit heap ${mib(median(importHeaps))} -> ${tools} tools`,
  );
  console.log(`github-tools.generated.json:         ${(statSync(generatedFile).size / 1024).toFixed(0)} KiB`);
  console.log(
    `load the github toolkit, median of ${RUNS}: ` +
      `${median(loads.map((load) => load.milliseconds)).toFixed(1)} ms, ` +
      `heap +${mib(median(loads.map((load) => load.heap)))}, ${loads[0]?.tools} tools`,
  );
}
