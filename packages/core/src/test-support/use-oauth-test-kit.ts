import { afterEach } from 'vitest';
import { type OAuthTestKit, startOAuthTestKit } from '../connect/test-support/oauth-test-kit.ts';
import { useStarted } from './use-started.ts';

/** The provider's access-token lifetime between tests, in seconds (its default). */
const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 3600;

/**
 * The OAuth test kit (`startOAuthTestKit()`) for the calling test file: started before its tests,
 * closed after them, and the provider's access-token lifetime put back to an hour after each test
 * (a test that shortens it to see a refresh does not leave it short for the next). Call it at the
 * top level of the file; the kit it returns answers inside tests and hooks.
 *
 * @example
 * const kit = useOAuthTestKit();
 * it('connects', async () => {
 *   const { router, connect } = kit.createRouter();
 * });
 */
export function useOAuthTestKit(): OAuthTestKit {
  const kit = useStarted('useOAuthTestKit()', startOAuthTestKit, (started) => started.close());
  afterEach(() => {
    kit.provider.settings.accessTokenTtlSeconds = DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
  });
  return kit;
}
