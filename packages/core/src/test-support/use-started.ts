import { afterAll, beforeAll } from 'vitest';

/**
 * A resource the calling test file starts once: `start()` runs before its tests and `stop()` after
 * them. Returns a stand-in that can be kept in a top-level `const`: reading a property of it (in a
 * test or hook) reads the started resource's; before `start()` finished it throws, naming `label`.
 *
 * @example
 * const api = useStarted('useEchoApi()', () => startEchoApi(), (api) => api.close());
 */
export function useStarted<T extends object>(
  label: string,
  start: () => Promise<T>,
  stop: (started: T) => Promise<void>,
): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => (started ? stop(started) : undefined));
  return new Proxy({} as T, {
    get(_target, property) {
      if (!started) throw new Error(`${label}: it starts in beforeAll; use it inside a test or hook.`);
      const value = Reflect.get(started, property);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}
