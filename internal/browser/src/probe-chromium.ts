import { spawnSync } from 'node:child_process';

/** What `<chromium> --version` told: the version it printed, or why it did not start. */
export type ChromiumProbe =
  | { ok: true; version: string }
  | { ok: false; reason: string; missingLibraries: string[] };

/**
 * Runs `<path> --version`: it proves the file is an executable whose shared libraries are all on
 * the machine (the dynamic loader names each missing one), without starting a browser.
 */
export function probeChromium(path: string): ChromiumProbe {
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.error) return { ok: false, reason: run.error.message, missingLibraries: [] };
  const version = /(?:Chromium|Chrome)[^\d]*(\d+(?:\.\d+)+)/.exec(output)?.[1];
  if (run.status === 0 && version) return { ok: true, version };
  const missingLibraries = [...output.matchAll(/loading shared libraries: ([^:\s]+)/g)].map(
    (match) => match[1] ?? '',
  );
  const firstLine = output.trim().split('\n')[0] || `exit status ${run.status ?? run.signal}`;
  return { ok: false, reason: firstLine, missingLibraries };
}
