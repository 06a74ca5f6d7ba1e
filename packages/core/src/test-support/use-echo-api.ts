import { type EchoApi, startEchoApi } from './start-echo-api.ts';
import { useStarted } from './use-started.ts';

/**
 * An echo API (`startEchoApi(accounts)`) for the calling test file: started before its tests and
 * closed after them. Call it at the top level of the file; the API it returns answers inside tests
 * and hooks.
 *
 * @example
 * const api = useEchoApi({ 'key-1': 'alice-1' });
 * it('runs with alice', async () => {
 *   const router = createEchoRouter(api.url);
 * });
 */
export function useEchoApi(accounts: Record<string, string> = {}): EchoApi {
  return useStarted(
    'useEchoApi()',
    () => startEchoApi(accounts),
    (api) => api.close(),
  );
}
