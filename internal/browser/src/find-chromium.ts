import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChromiumNotFoundError } from './chromium-not-found-error.ts';
import { installDebianChromium } from './install-debian-chromium.ts';
import { probeChromium } from './probe-chromium.ts';
import { unpackSparticuzChromium } from './unpack-sparticuz-chromium.ts';

/** Where the Chromium came from, in the order {@link findChromium} tries them. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'machine' | '@sparticuz/chromium' | 'apt';

/** A Chromium that started (`--version`), with where it came from. */
export interface FoundChromium {
  path: string;
  version: string;
  source: ChromiumSource;
}

/** Everything {@link findChromium} looks at; tests replace them, the defaults fit `pnpm test`. */
export interface FindChromiumOptions {
  /** Read for `CHROMIUM_PATH` and `PATH`. Default: `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Chromium executables on the machine: absolute paths, or names looked up on `PATH`. */
  machineCandidates?: readonly string[];
  /** The installed `@sparticuz/chromium` package's folder, `null` for none. Default: resolved from here. */
  sparticuzDir?: string | null;
  /** Where the packaged Chromium is unpacked. Default: `internal/browser/node_modules/.cache/sparticuz-chromium`. */
  cacheDir?: string;
  /** `apt-get` to install Debian's `chromium` with, `null` for never. Default: `apt-get` on `PATH` when running as root. */
  aptGet?: string | null;
  /** Receives a line for each slow step (unpacking, apt). Default: `console.log`. */
  log?: (line: string) => void;
}

/** Chromium, then Chrome, at their usual Linux and macOS places and on `PATH`. */
export const MACHINE_CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Finds a Chromium the browser tests can drive, bringing one when the machine has none:
 * 1. `CHROMIUM_PATH` (which must start), else a Chromium or Chrome already on the machine;
 * 2. the one `@sparticuz/chromium` ships in its npm package (x64 Linux), unpacked once;
 * 3. when running as root with apt: Debian's `chromium`, installed with `apt-get`.
 * Otherwise it throws a {@link ChromiumNotFoundError} whose one line says what to install.
 *
 * @example
 * const { path, source } = await findChromium(); // '/usr/bin/chromium', 'machine'
 */
export async function findChromium(options: FindChromiumOptions = {}): Promise<FoundChromium> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    const probe = probeChromium(fromEnv);
    if (probe.ok) return { path: fromEnv, version: probe.version, source: 'CHROMIUM_PATH' };
    throw new ChromiumNotFoundError({
      message: `CHROMIUM_PATH=${fromEnv} does not start (${probe.reason}): point it at a Chromium or Chrome executable, or unset it.`,
    });
  }
  const candidates = options.machineCandidates ?? MACHINE_CHROMIUM_CANDIDATES;
  const onMachine = findOnMachine(candidates, env);
  if (onMachine) return onMachine;

  const sparticuzDir = options.sparticuzDir === undefined ? defaultSparticuzDir() : options.sparticuzDir;
  let missingLibraries: string[] = [];
  if (sparticuzDir && process.platform === 'linux' && process.arch === 'x64') {
    const cacheDir = options.cacheDir ?? join(here, '..', 'node_modules', '.cache', 'sparticuz-chromium');
    const path = await unpackSparticuzChromium(sparticuzDir, cacheDir, log);
    const probe = probeChromium(path);
    if (probe.ok) return { path, version: probe.version, source: '@sparticuz/chromium' };
    missingLibraries = probe.missingLibraries;
  }

  const aptGet = options.aptGet === undefined ? defaultAptGet(env) : options.aptGet;
  if (aptGet) {
    log(
      "browser tests: no Chromium on this machine; installing Debian's chromium with apt-get (running as root)",
    );
    try {
      await installDebianChromium(aptGet);
    } catch (cause) {
      throw new ChromiumNotFoundError({
        message: `No Chromium for the browser tests: ${(cause as Error).message}; install Chromium by hand or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
        cause,
      });
    }
    const installed = findOnMachine(candidates, env);
    if (installed) return { ...installed, source: 'apt' };
  }
  throw new ChromiumNotFoundError({ message: whatToInstall(missingLibraries) });
}

function findOnMachine(candidates: readonly string[], env: NodeJS.ProcessEnv): FoundChromium | undefined {
  for (const candidate of candidates) {
    const path = isAbsolute(candidate) ? candidate : onPath(candidate, env);
    if (!path || !isExecutable(path)) continue;
    const probe = probeChromium(path);
    if (probe.ok) return { path, version: probe.version, source: 'machine' };
  }
  return undefined;
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((folder) => join(folder, name))
    .find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function defaultSparticuzDir(): string | null {
  try {
    // resolves build/index.js; the package folder is two levels up
    return dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
  } catch {
    return null;
  }
}

function defaultAptGet(env: NodeJS.ProcessEnv): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  return onPath('apt-get', env) ?? null;
}

/** Debian/Ubuntu packages of the libraries the packaged Chromium links against. */
const LIBRARY_PACKAGES: Record<string, string> = {
  'libnss3.so': 'libnss3',
  'libnssutil3.so': 'libnss3',
  'libsmime3.so': 'libnss3',
  'libnspr4.so': 'libnspr4',
  'libplc4.so': 'libnspr4',
  'libplds4.so': 'libnspr4',
  'libexpat.so.1': 'libexpat1',
};

function whatToInstall(missingLibraries: string[]): string {
  const anyChromium =
    'install Chromium (Debian/Ubuntu: `apt-get install -y chromium`, which `pnpm test` runs itself as root) or set CHROMIUM_PATH to a Chromium or Chrome executable';
  const library = missingLibraries[0];
  if (!library) return `No Chromium for the browser tests: ${anyChromium}.`;
  const packageName = LIBRARY_PACKAGES[library];
  const install = packageName
    ? `\`apt-get install -y ${packageName}\``
    : `the package that provides ${library}`;
  return `No Chromium for the browser tests: the one @sparticuz/chromium brings needs ${library}; install ${install}, or ${anyChromium}.`;
}
