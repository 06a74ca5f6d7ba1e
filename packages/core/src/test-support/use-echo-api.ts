import { afterAll, beforeAll } from 'vitest';
import { type EchoApi, startEchoApi } from './start-echo-api.ts';

/**
 * An echo API (`startEchoApi(accounts)`) for the calling test file: started before its tests and
 * closed after them. Call it at the top level of the file; the API it returns answers inside tests
 * and hooks, once it has started.
 *
 * @example
 * const api = useEchoApi({ 'key-1': 'alice-1' });
 * it('runs with alice', async () => {
 *   const router = createEchoRouter(api.url);
 * });
 */
export function useEchoApi(accounts: Record<string, string> = {}): EchoApi {
  let started: EchoApi | undefined;
  beforeAll(async () => {
    started = await startEchoApi(accounts);
  });
  afterAll(() => started?.close());
  const current = (): EchoApi => {
    if (!started)
      throw new Error('useEchoApi(): the echo API starts in beforeAll; use it inside a test or hook.');
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    get calls() {
      return current().calls;
    },
    get queue() {
      return current().queue;
    },
    close: () => current().close(),
  };
}
