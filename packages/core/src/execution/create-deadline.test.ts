import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createDeadline } from './create-deadline.ts';
import { ToolTimeoutError } from './tool-timeout-error.ts';

describe('createDeadline', () => {
  it('aborts with a ToolTimeoutError naming the tool when the time runs out', async () => {
    const deadline = createDeadline({ timeoutMs: 20, toolSlug: 'ECHO_GET' });
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve));
    expect(ToolTimeoutError.isInstance(deadline.signal.reason)).toBe(true);
    expect(deadline.signal.reason).toMatchObject({ timeoutMs: 20, toolSlug: 'ECHO_GET' });
    expect(deadline.remainingMs()).toBe(0);
    deadline.dispose();
  });

  it('follows the caller’s signal, also one aborted already, with its reason', () => {
    const caller = new AbortController();
    const deadline = createDeadline({ timeoutMs: 10_000, signal: caller.signal });
    expect(deadline.signal.aborted).toBe(false);
    caller.abort(new Error('user went away'));
    expect(deadline.signal.reason).toEqual(new Error('user went away'));
    deadline.dispose();

    const early = createDeadline({ timeoutMs: 10_000, signal: caller.signal });
    expect(early.signal.reason).toEqual(new Error('user went away'));
    early.dispose();
  });

  it('leaves no listener on the caller’s signal once disposed, and no timer running', async () => {
    const caller = new AbortController();
    for (let call = 0; call < 50; call++) createDeadline({ timeoutMs: 10, signal: caller.signal }).dispose();
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    const deadline = createDeadline({ timeoutMs: 10, signal: caller.signal });
    deadline.dispose();
    await new Promise((resolve) => setTimeout(resolve, 30));
    caller.abort();
    expect(deadline.signal.aborted).toBe(false);
  });

  it('has no limit for 0, Infinity or a time no timer can hold', () => {
    for (const timeoutMs of [0, Number.POSITIVE_INFINITY, 2 ** 31]) {
      const deadline = createDeadline({ timeoutMs });
      expect(deadline.remainingMs()).toBe(Number.POSITIVE_INFINITY);
      deadline.dispose();
    }
  });
});
