// BENCH_TAIL=1: what the slowest samples of an execute row overlapped. Every timed call records its
// start, end and the CPU time the main thread spent meanwhile; a PerformanceObserver records the
// garbage collections, and the routers' stores record each statement (start to answer). After a
// row, the samples above each side's 99th percentile are tagged with what overlapped them, so a
// tail can be told apart: work of this process (a scavenge, a log batch's INSERT, which a SQLite
// file store runs on its write thread), or time this thread did not run at all (another process or
// thread had the CPU).
import { PerformanceObserver } from 'node:perf_hooks';
import type { Store } from '@toolrouter/core';
import { percentile } from './bench-support.ts';

export const TAIL = process.env.BENCH_TAIL === '1';

interface Interval {
  start: number;
  end: number;
  what: string;
}

/** One timed call: wall time and the main thread's CPU time over it (µs → ms). */
export interface TimedSample {
  start: number;
  end: number;
  cpuMs: number;
}

const collections: Interval[] = [];
const statements: Interval[] = [];
const GC_KINDS: Record<number, string> = { 1: 'scavenge', 2: 'mark-compact', 4: 'incremental', 8: 'weak' };

if (TAIL) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
      collections.push({
        start: entry.startTime,
        end: entry.startTime + entry.duration,
        what: GC_KINDS[kind] ?? 'gc',
      });
    }
  }).observe({ entryTypes: ['gc'] });
}

/** Times a call and the main thread's CPU over it. */
export async function timed<T>(run: () => Promise<T>, into: TimedSample[]): Promise<T> {
  const cpu = process.threadCpuUsage();
  const start = performance.now();
  const result = await run();
  const end = performance.now();
  const used = process.threadCpuUsage(cpu);
  into.push({ start, end, cpuMs: (used.user + used.system) / 1000 });
  return result;
}

/** The store with every `query`/`execute` recorded (a Proxy: the store's own methods run as they are). */
export function watchedStore(store: Store): Store {
  if (!TAIL) return store;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'query' && property !== 'execute' && property !== 'executeInBackground') return value;
      if (typeof value !== 'function') return value;
      return async (sql: string, params?: unknown[]) => {
        const start = performance.now();
        try {
          return await (value as (sql: string, params?: unknown[]) => Promise<unknown>).call(
            target,
            sql,
            params,
          );
        } finally {
          const what = /^\s*INSERT INTO execution_logs/i.test(sql)
            ? 'log INSERT'
            : /^\s*(INSERT|UPDATE|DELETE)/i.test(sql)
              ? 'other write'
              : 'read';
          statements.push({ start, end: performance.now(), what });
        }
      };
    },
  });
}

const overlaps = (sample: TimedSample, interval: Interval) =>
  interval.start < sample.end && interval.end > sample.start;

/** A line per side: how its slowest 1% (above its p99) were spent and what overlapped them. */
export function describeTail(label: string, sides: Record<string, TimedSample[]>): string[] {
  const lines: string[] = [];
  for (const [side, samples] of Object.entries(sides)) {
    const walls = samples.map((sample) => sample.end - sample.start);
    const p50 = percentile(walls, 0.5);
    const p99 = percentile(walls, 0.99);
    const slow = samples.filter((sample) => sample.end - sample.start > p99);
    const typical = samples.filter((sample) => sample.end - sample.start <= p50);
    const count = (test: (sample: TimedSample) => boolean, within: TimedSample[]) =>
      within.filter(test).length;
    const withGc = (sample: TimedSample) => collections.some((gc) => overlaps(sample, gc));
    const withLog = (sample: TimedSample) =>
      statements.some((statement) => statement.what === 'log INSERT' && overlaps(sample, statement));
    const withWrite = (sample: TimedSample) =>
      statements.some((statement) => statement.what !== 'read' && overlaps(sample, statement));
    const withRead = (sample: TimedSample) =>
      statements.some((statement) => statement.what === 'read' && overlaps(sample, statement));
    const cpuShare = (within: TimedSample[]) =>
      within.reduce((sum, sample) => sum + sample.cpuMs, 0) /
      Math.max(
        1e-9,
        within.reduce((sum, sample) => sum + (sample.end - sample.start), 0),
      );
    const longestGc = Math.max(
      0,
      ...slow.flatMap((sample) =>
        collections.filter((gc) => overlaps(sample, gc)).map((gc) => gc.end - gc.start),
      ),
    );
    const share = (part: number, whole: number) => `${Math.round((100 * part) / Math.max(1, whole))}%`;
    lines.push(
      `  tail ${label}, ${side}: p99 ${p99.toFixed(2)} ms, ${slow.length} above it (mean ${(
        slow.reduce((sum, sample) => sum + sample.end - sample.start, 0) / Math.max(1, slow.length)
      ).toFixed(2)} ms); overlapping a GC ${share(count(withGc, slow), slow.length)} (at or below p50 ${share(
        count(withGc, typical),
        typical.length,
      )}; longest ${longestGc.toFixed(2)} ms), a log INSERT ${share(count(withLog, slow), slow.length)} (${share(
        count(withLog, typical),
        typical.length,
      )}), any write ${share(count(withWrite, slow), slow.length)}, a read ${share(count(withRead, slow), slow.length)} (${share(count(withRead, typical), typical.length)}); main-thread CPU over their wall time ${share(
        cpuShare(slow) * 100,
        100,
      )} (at or below p50 ${share(cpuShare(typical) * 100, 100)})`,
    );
  }
  // The log batches written while the row ran: how long each INSERT took from call to answer (a
  // SQLite file store runs it on its write thread, so that is no longer time this thread is held;
  // an in-memory one runs it here).
  const all = Object.values(sides).flat();
  const from = Math.min(...all.map((sample) => sample.start));
  const to = Math.max(...all.map((sample) => sample.end));
  const inserts = statements
    .filter((statement) => statement.what === 'log INSERT' && statement.start >= from && statement.end <= to)
    .map((statement) => statement.end - statement.start);
  if (inserts.length > 0) {
    lines.push(
      `  tail ${label}: ${inserts.length} log INSERTs during the row, ${(inserts.length / Math.max(1, all.length / 2)).toFixed(3)} per call pair; each p50 ${percentile(inserts, 0.5).toFixed(2)} ms, p99 ${percentile(inserts, 0.99).toFixed(2)} ms, longest ${Math.max(...inserts).toFixed(2)} ms`,
    );
  }
  return lines;
}
