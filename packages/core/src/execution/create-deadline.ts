import { ToolTimeoutError } from './tool-timeout-error.ts';

const maxTimerMs = 2 ** 31 - 1;

export interface Deadline {
  /** Aborts with a ToolTimeoutError when time runs out, or with the caller's reason when it aborts. */
  readonly signal: AbortSignal;
  /** Milliseconds left (Infinity without a limit). */
  remainingMs(): number;
  /** Stops the timer and stops following the caller's signal. */
  dispose(): void;
}

/**
 * A time budget for one call, as an AbortSignal whose reason is a typed ToolTimeoutError.
 * A `timeoutMs` of 0, Infinity or beyond what a timer can hold means no limit. The caller's
 * `signal` is followed by a listener that `dispose` removes (a long-lived signal passed to many
 * calls keeps no listener per call), not by `AbortSignal.any`, whose composite signal costs every
 * fetch that listens to it a weak-reference registration.
 *
 * @example
 * const deadline = createDeadline({ timeoutMs: 5_000, signal: request.signal });
 * try { await fetch(url, { signal: deadline.signal }); } finally { deadline.dispose(); }
 */
export function createDeadline({
  timeoutMs,
  signal,
  toolSlug,
}: {
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  toolSlug?: string | undefined;
}): Deadline {
  const limited = timeoutMs > 0 && timeoutMs <= maxTimerMs;
  const controller = new AbortController();
  const endsAt = performance.now() + timeoutMs;
  const timer = limited
    ? setTimeout(() => controller.abort(new ToolTimeoutError({ timeoutMs, toolSlug })), timeoutMs)
    : undefined;
  const followCaller = function followCaller() {
    controller.abort(signal!.reason);
  };
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener('abort', followCaller, { once: true });
  return {
    signal: controller.signal,
    remainingMs: function remainingMs() {
      return limited ? Math.max(0, endsAt - performance.now()) : Number.POSITIVE_INFINITY;
    },
    dispose: function dispose() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', followCaller);
    },
  };
}
