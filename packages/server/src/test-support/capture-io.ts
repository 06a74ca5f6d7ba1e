import type { CliIo } from '../cli/cli-io.ts';

/** A CLI io that records what the command printed; `stop()` plays SIGTERM. */
export function captureIo(
  env: Record<string, string | undefined>,
): CliIo & { out: string[]; err: string[]; stop(): void } {
  const out: string[] = [];
  const err: string[] = [];
  const waiting: Array<(signal: string) => void> = [];
  return {
    env,
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stopSignal: () => new Promise((resolve) => waiting.push(resolve)),
    stop: () => {
      for (const resolve of waiting.splice(0)) resolve('SIGTERM');
    },
  };
}
