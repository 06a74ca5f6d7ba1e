/** At most `max` upstream calls at once per connected account, in this process. */
export interface AccountSlots {
  /** Waits for a free slot of `accountId`; call the returned function to free it. */
  acquire(accountId: string): Promise<() => void>;
}

/**
 * A counting semaphore per account: the `max + 1`-th concurrent call of one account waits until
 * one finishes, so one request (a MULTI_EXECUTE of 50, a batch) cannot flood a provider with one
 * user's credential. Keys with nothing running or waiting are dropped.
 *
 * @example
 * const slots = createAccountSlots(8);
 * const release = await slots.acquire('ca_1');
 * try { await callUpstream(); } finally { release(); }
 */
export function createAccountSlots(max: number): AccountSlots {
  const state = new Map<string, { running: number; waiting: Array<() => void> }>();
  return {
    async acquire(accountId) {
      let entry = state.get(accountId);
      if (!entry) {
        entry = { running: 0, waiting: [] };
        state.set(accountId, entry);
      }
      const current = entry;
      if (current.running >= max) await new Promise<void>((resolve) => current.waiting.push(resolve));
      else current.running++;
      let released = false;
      return function release() {
        if (released) return;
        released = true;
        const next = current.waiting.shift();
        // The slot passes straight to the next waiter; otherwise it is free.
        if (next) next();
        else if (--current.running === 0) state.delete(accountId);
      };
    },
  };
}
