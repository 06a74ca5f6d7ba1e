import type { CreateCustomToolInput } from '@toolrouter/core';

/**
 * A custom `echo` tool, ECHO_WAIT, that runs until its signal aborts: register it with
 * `router.tools.create(waiting.definition)`, start an agent, abort once `started` resolves, and
 * `signalAborted()` says whether the abort reached the tool through the framework and the provider
 * (it does at once: abort signals propagate synchronously).
 */
export function waitingTool() {
  let markStarted: () => void = () => {};
  let toolSignal: AbortSignal | undefined;
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const definition: CreateCustomToolInput = {
    slug: 'ECHO_WAIT',
    toolkit: 'echo',
    description: 'Waits until the run is stopped.',
    inputSchema: { type: 'object', properties: {} },
    execute: (_input, context) =>
      new Promise((_resolve, reject) => {
        toolSignal = context.signal;
        context.signal.addEventListener('abort', () => reject(context.signal.reason), { once: true });
        markStarted();
      }),
  };
  return { definition, started, signalAborted: () => toolSignal?.aborted === true };
}
