#!/usr/bin/env node
// The `toolrouter` command inside this repository (`pnpm toolrouter`, `npx toolrouter` at the root):
// the TypeScript sources run by Node itself, so no build is needed and a stale dist/ is never run.
// The published package points its bin at dist/cli/toolrouter.js directly (publishConfig.bin).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * V8 flags the server runs with here and in the Docker image (Dockerfile ENTRYPOINT; keep them alike).
 * A young generation of at most 16 MiB per semi-space: with Node 24's defaults it doubles during a
 * start with the whole catalog, ~95 MiB more RSS and a slower start (design notes, "Start with the
 * whole catalog, wave 7").
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=16'];
const source = fileURLToPath(new URL('../src/cli/toolrouter.ts', import.meta.url));
if (existsSync(source)) {
  const child = spawn(
    process.execPath,
    [
      ...SERVER_NODE_FLAGS,
      '--conditions=@toolrouter/source',
      '--disable-warning=ExperimentalWarning',
      source,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  // The child gets Ctrl+C from the terminal itself; a signal sent to this process is passed on.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === 'SIGINT' ? 130 : 143);
  });
} else {
  await import(fileURLToPath(new URL('../dist/cli/toolrouter.js', import.meta.url)));
}
