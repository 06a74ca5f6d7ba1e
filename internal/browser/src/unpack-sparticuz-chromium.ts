import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/**
 * Unpacks the Chromium that `@sparticuz/chromium` ships brotli-compressed in its package
 * (`bin/chromium.br`, a headless shell for x64 Linux) into `cacheDir/<version>/chromium`, once per
 * version (about 2 s, 200 MB): later calls return the unpacked file. The file appears by an atomic rename, so runs that
 * unpack at the same time never start a half-written binary. Returns the executable's path.
 */
export async function unpackSparticuzChromium(
  packageDir: string,
  cacheDir: string,
  log: (line: string) => void = () => {},
): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const directory = join(cacheDir, version);
  const executable = join(directory, 'chromium');
  if (existsSync(executable)) return executable;
  mkdirSync(directory, { recursive: true });
  log(`browser tests: unpacking Chromium from @sparticuz/chromium ${version} to ${directory}`);
  const partial = `${executable}.${process.pid}.partial`;
  try {
    await pipeline(
      createReadStream(join(packageDir, 'bin', 'chromium.br'), { highWaterMark: 2 ** 22 }),
      createBrotliDecompress({ chunkSize: 2 ** 21 }),
      createWriteStream(partial, { mode: 0o755 }),
    );
    renameSync(partial, executable);
  } finally {
    rmSync(partial, { force: true });
  }
  return executable;
}
