import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The `toolrouter` CLI, run from its TypeScript sources as the server's own process test does. */
const CLI = fileURLToPath(new URL('../../../../packages/server/src/cli/toolrouter.ts', import.meta.url));
const CONFIG = fileURLToPath(new URL('./instance-config.ts', import.meta.url));

/** One `toolrouter serve` child process. */
export interface Instance {
  name: string;
  /** Where this process listens, e.g. `http://127.0.0.1:41234` (not the public base URL). */
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, then resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no shutdown at all, as when a machine dies. Resolves once the process is gone. */
  kill(): Promise<void>;
}

/**
 * Starts `toolrouter serve --config instance-config.ts` with `NODE_ENV=production` on
 * `127.0.0.1:<port>` and resolves once it answers `/readyz`. The environment is only what is
 * given (plus PATH and HOME), so nothing of the test process leaks in.
 */
export async function startInstance({
  name,
  port,
  env,
  cwd,
}: {
  name: string;
  port: number;
  env: Record<string, string>;
  cwd: string;
}): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['--conditions=@toolrouter/source', CLI, 'serve', '--port', String(port), '--config', CONFIG],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited early (${child.exitCode}):\n${output}`);
    const status = await fetch(`${url}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    name,
    url,
    port,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const [code] = await exited;
      return code as number | null;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
