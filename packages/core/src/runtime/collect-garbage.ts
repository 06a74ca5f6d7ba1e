import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * Runs one full garbage collection now and answers how long it took (ms). `router.warm()` ends with
 * it: building the index and the warm-up searches leave tens of MB of garbage and an incremental
 * mark under way, and without it the first request after start finished that mark (a 10–40 ms
 * pause measured on the first search). Uses `global.gc` when the process runs with `--expose-gc`;
 * otherwise takes V8's `gc` function into a fresh context only (the flag is set back at once, so
 * the application's global scope never gains a `gc`), the way test runners measure leaks.
 *
 * @example
 * const pausedMs = collectGarbage();
 */
export function collectGarbage(): number {
  collect ??= exposedGc() ?? contextGc();
  const started = performance.now();
  collect();
  return performance.now() - started;
}

function exposedGc(): (() => void) | undefined {
  const gc = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

function contextGc(): () => void {
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
