import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees an object nothing refers to any more, and says how long it took', async () => {
    let payload: object | undefined = { rows: Array.from({ length: 1000 }, (_, index) => ({ index })) };
    const watched = new WeakRef(payload);
    payload = undefined;
    // A WeakRef keeps its target alive until the job that created or read it has finished.
    await nextTurn();
    const pausedMs = collectGarbage();
    expect(watched.deref()).toBeUndefined();
    expect(pausedMs).toBeGreaterThanOrEqual(0);
  });

  it('leaves the global scope as it found it: no gc function appears there', () => {
    const before = typeof (globalThis as { gc?: unknown }).gc;
    collectGarbage();
    collectGarbage();
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(before);
  });
});
