import type { Provider, ToolRouter } from '@toolrouter/core';
// Core's own test fixtures: a local API that answers which account called it, and toolkits pointed at it.
import { createEchoRouter, type EchoApi, startEchoApi } from '@toolrouter/core/test';

export type { EchoApi };
export { createEchoRouter, startEchoApi };

/**
 * The API keys of alice's `echo` accounts and the labels the echo API answers for them: `main`,
 * which `connectedEchoRouter` connects, and `work`, which multi-account tests add.
 */
export const ECHO_ACCOUNTS = { 'key-alice': 'alice-account', 'key-alice-work': 'alice-work' } as const;

/** Starts the echo API that knows alice's key. */
export function startConformanceEchoApi(): Promise<EchoApi> {
  return startEchoApi({ ...ECHO_ACCOUNTS });
}

/**
 * A router on an in-memory store with only the echo toolkits, where user `alice` has an ACTIVE `echo`
 * account (alias `main`).
 */
export async function connectedEchoRouter<TProvider extends Provider>(
  apiUrl: string,
  provider: TProvider,
): Promise<ToolRouter<TProvider>> {
  const router = createEchoRouter<TProvider>(apiUrl, { provider });
  const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
  await router.connectedAccounts.create({
    userId: 'alice',
    authConfigId: authConfig.id,
    credentials: { apiKey: 'key-alice' },
    alias: 'main',
  });
  return router;
}
