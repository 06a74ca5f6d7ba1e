// `pnpm lint:packages`: checks what npm would receive of every published package (packages/*):
// builds them (turbo, cached), packs each with `pnpm pack` (which applies publishConfig and turns
// workspace:* into versions), then runs publint (strict: warnings fail) and Are The Types Wrong
// (`esm-only` profile: the packages are ESM only, so CommonJS resolution is not asked for) on each
// tarball. Exits 1 and prints every problem when one package has any.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');

interface PackageInfo {
  name: string;
  dir: string;
}

async function publishedPackages(): Promise<PackageInfo[]> {
  const packages: PackageInfo[] = [];
  for (const entry of (await readdir(packagesDir, { withFileTypes: true })).filter((item) =>
    item.isDirectory(),
  )) {
    const dir = join(packagesDir, entry.name);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      private?: boolean;
    };
    if (!manifest.private) packages.push({ name: manifest.name, dir });
  }
  return packages;
}

async function pack(info: PackageInfo, destination: string): Promise<string> {
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', destination], { cwd: info.dir });
  const tarball = stdout.trim().split('\n').at(-1);
  if (!tarball?.endsWith('.tgz')) throw new Error(`pnpm pack of ${info.name} printed no tarball: ${stdout}`);
  return tarball;
}

async function lintTarball(info: PackageInfo, tarball: string): Promise<string[]> {
  const problems: string[] = [];
  const bytes = await readFile(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
    level: 'warning',
  });
  for (const message of messages) {
    problems.push(
      `publint ${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`,
    );
  }
  try {
    await run(
      join(root, 'node_modules/.bin/attw'),
      [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'],
      {
        cwd: root,
      },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    problems.push(`attw:\n${[stdout, stderr].filter(Boolean).join('\n').trim()}`);
  }
  return problems.map((problem) => `${info.name}: ${problem}`);
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const started = performance.now();
const packages = await publishedPackages();
await run('pnpm', ['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'], {
  cwd: root,
  maxBuffer: 64 * 1024 * 1024,
});
const destination = await mkdtemp(join(tmpdir(), 'toolrouter-pack-'));
try {
  const problems = (
    await eachLimited(packages, 4, async (info) => lintTarball(info, await pack(info, destination)))
  ).flat();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(
      `lint:packages: ${problems.length} problem(s) in ${packages.length} packages (${seconds} s).`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `lint:packages: publint and attw found nothing in ${packages.length} packages (${seconds} s).`,
    );
  }
} finally {
  await rm(destination, { recursive: true, force: true });
}
