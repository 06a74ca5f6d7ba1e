import type { ExecuteTool, ToolExecutionResult } from '@toolrouter/core';

/** One call a provider made to `execute`. */
export interface RecordedCall {
  toolSlug: string;
  args: unknown;
  signal: AbortSignal | undefined;
  /** The `account` option the provider passed on, if any. */
  account?: string | undefined;
}

type Behaviour =
  | { kind: 'result'; result: ToolExecutionResult }
  | { kind: 'throw'; error: Error }
  | { kind: 'wait-for-abort' };

/**
 * An `execute` that records every call. By default it answers with `result`; `throwing(error)` makes it
 * throw, `waitingForAbort()` makes it resolve only when the signal it was given aborts.
 */
export function recordingExecute(behaviour: Behaviour = { kind: 'result', result: sampleResult() }) {
  const calls: RecordedCall[] = [];
  let notifyCalled: () => void = () => {};
  const called = new Promise<void>((resolve) => {
    notifyCalled = resolve;
  });
  const execute: ExecuteTool = async (toolSlug, args, options) => {
    calls.push({ toolSlug, args, signal: options?.signal, account: options?.account });
    notifyCalled();
    if (behaviour.kind === 'throw') throw behaviour.error;
    if (behaviour.kind === 'result') return behaviour.result;
    const signal = options?.signal;
    if (!signal) throw new Error('execute was called without an abort signal');
    return new Promise<ToolExecutionResult>((_resolve, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return { execute, calls, called };
}

export function sampleResult(overrides: Partial<ToolExecutionResult> = {}): ToolExecutionResult {
  return {
    successful: true,
    data: { id: 'thing_1', labels: ['a', 'b'], nested: { count: 2 } },
    error: null,
    logId: 'log_conformance',
    ...overrides,
  };
}
