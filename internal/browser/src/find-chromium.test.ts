import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChromiumNotFoundError } from './chromium-not-found-error.ts';
import { findChromium } from './find-chromium.ts';

let dir: string;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
  lines.length = 0;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A shell script that answers `--version` like Chromium, or fails like a binary missing a library. */
function fakeChromium(path: string, body = 'echo "Chromium 150.0.1.2 "'): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return path;
}

/** A folder laid out like the @sparticuz/chromium package: package.json and bin/chromium.br. */
function fakeSparticuz(script: string): string {
  const packageDir = join(dir, 'sparticuz');
  mkdirSync(join(packageDir, 'bin'), { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ version: '150.0.0' }));
  writeFileSync(join(packageDir, 'bin', 'chromium.br'), brotliCompressSync(`#!/bin/sh\n${script}\n`));
  return packageDir;
}

const none = { env: { PATH: '' }, machineCandidates: [], sparticuzDir: null, aptGet: null, log };

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const path = fakeChromium(join(dir, 'mine'));
    fakeChromium(join(dir, 'usr', 'chromium'));
    const found = await findChromium({
      ...none,
      env: { CHROMIUM_PATH: path },
      machineCandidates: [join(dir, 'usr', 'chromium')],
    });
    expect(found).toEqual({ path, version: '150.0.1.2', source: 'CHROMIUM_PATH' });
  });

  it('fails in one line naming a CHROMIUM_PATH that does not start, and does not look elsewhere', async () => {
    fakeChromium(join(dir, 'usr', 'chromium'));
    const error = await findChromium({
      ...none,
      env: { CHROMIUM_PATH: join(dir, 'nothing-here') },
      machineCandidates: [join(dir, 'usr', 'chromium')],
    }).catch((caught: unknown) => caught);
    expect(ChromiumNotFoundError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^CHROMIUM_PATH=\S+nothing-here does not start \(.*ENOENT.*\): point it at/,
    );
    expect((error as Error).message).not.toContain('\n');
  });

  it('takes the first machine candidate that starts, by absolute path or on PATH', async () => {
    fakeChromium(join(dir, 'broken'), 'echo "no display" >&2; exit 1');
    const onPath = fakeChromium(join(dir, 'bin', 'google-chrome'), 'echo "Google Chrome 151.0.7.8"');
    const found = await findChromium({
      ...none,
      env: { PATH: join(dir, 'bin') },
      machineCandidates: [join(dir, 'absent'), join(dir, 'broken'), 'chromium', 'google-chrome'],
    });
    expect(found).toEqual({ path: onPath, version: '151.0.7.8', source: 'machine' });
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'unpacks the packaged Chromium once when the machine has none',
    async () => {
      const sparticuzDir = fakeSparticuz('echo "Chromium 150.0.0.0"');
      const cacheDir = join(dir, 'cache');
      const found = await findChromium({ ...none, sparticuzDir, cacheDir });
      expect(found).toEqual({
        path: join(cacheDir, '150.0.0', 'chromium'),
        version: '150.0.0.0',
        source: '@sparticuz/chromium',
      });
      expect(readFileSync(found.path, 'utf8')).toContain('Chromium 150.0.0.0');
      expect(lines).toEqual([
        `browser tests: unpacking Chromium from @sparticuz/chromium 150.0.0 to ${join(cacheDir, '150.0.0')}`,
      ]);

      lines.length = 0;
      expect(await findChromium({ ...none, sparticuzDir, cacheDir })).toEqual(found);
      expect(lines).toEqual([]);
    },
  );

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'names the package to install when the packaged Chromium misses a library',
    async () => {
      const sparticuzDir = fakeSparticuz(
        'echo "chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory" >&2; exit 127',
      );
      const error = await findChromium({ ...none, sparticuzDir, cacheDir: join(dir, 'cache') }).catch(
        (caught: unknown) => caught,
      );
      expect(ChromiumNotFoundError.isInstance(error)).toBe(true);
      expect((error as Error).message).toBe(
        'No Chromium for the browser tests: the one @sparticuz/chromium brings needs libnss3.so; install `apt-get install -y libnss3`, or install Chromium (Debian/Ubuntu: `apt-get install -y chromium`, which `pnpm test` runs itself as root) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
      );
    },
  );

  it("installs Debian's chromium with apt-get when nothing else works, and says so", async () => {
    const target = join(dir, 'usr', 'bin', 'chromium');
    const calls = join(dir, 'apt-calls');
    const aptGet = fakeChromium(
      join(dir, 'apt-get'),
      `echo "$@" >> ${calls}\ncase "$*" in *install*) mkdir -p ${join(dir, 'usr', 'bin')}; printf '#!/bin/sh\\necho Chromium 156.0.1.1\\n' > ${target}; chmod +x ${target};; esac`,
    );
    const found = await findChromium({ ...none, machineCandidates: [target], aptGet });
    expect(found).toEqual({ path: target, version: '156.0.1.1', source: 'apt' });
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      '-qq -o DPkg::Lock::Timeout=600 update',
      '-y -qq -o DPkg::Lock::Timeout=600 install chromium',
    ]);
    expect(lines).toEqual([
      "browser tests: no Chromium on this machine; installing Debian's chromium with apt-get (running as root)",
    ]);
  });

  it('fails in one line with what to install when apt-get fails', async () => {
    const aptGet = fakeChromium(
      join(dir, 'apt-get'),
      'echo "E: Unable to locate package chromium" >&2; exit 100',
    );
    const error = await findChromium({ ...none, aptGet }).catch((caught: unknown) => caught);
    expect(ChromiumNotFoundError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^No Chromium for the browser tests: .*apt-get .*exited with 100: E: Unable to locate package chromium; install Chromium/,
    );
    expect((error as Error).message).not.toContain('\n');
  });

  it('fails in one line with what to install when there is no Chromium and no apt', async () => {
    const error = await findChromium(none).catch((caught: unknown) => caught);
    expect(ChromiumNotFoundError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      'No Chromium for the browser tests: install Chromium (Debian/Ubuntu: `apt-get install -y chromium`, which `pnpm test` runs itself as root) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});
