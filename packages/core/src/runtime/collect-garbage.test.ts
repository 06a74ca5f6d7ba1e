import { constants, PerformanceObserver } from 'node:perf_hooks';
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

  it('runs a full collection, not a scavenge that may have happened anyway', async () => {
    const forcedMajor: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const { kind, flags } = (entry as unknown as { detail: { kind: number; flags: number } }).detail;
        if (
          kind === constants.NODE_PERFORMANCE_GC_MAJOR &&
          flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED
        ) {
          forcedMajor.push(entry.startTime);
        }
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    const started = performance.now();
    collectGarbage();
    // The observer hears of collections a turn or so later.
    for (let turn = 0; turn < 100 && forcedMajor.length === 0; turn++) await nextTurn();
    observer.disconnect();
    expect(forcedMajor.some((startTime) => startTime >= started)).toBe(true);
  });

  it('leaves the global scope as it found it: no gc function appears there', () => {
    const before = typeof (globalThis as { gc?: unknown }).gc;
    collectGarbage();
    collectGarbage();
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(before);
  });
});
