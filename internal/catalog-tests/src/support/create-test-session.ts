import {
  type Credentials,
  memoryStore,
  type ToolkitDefinition,
  ToolRouter,
  type ToolRouterSession,
} from '@toolrouter/core';

/**
 * A router on an in-memory store with one toolkit pointed at a local mock API, one connected account
 * for user `u1` holding `credentials`, and a session of that user on the toolkit.
 *
 * @example
 * const { session } = await createTestSession({ toolkit: gmail, baseUrl: api.url, credentials: { accessToken: 't' } });
 * const result = await session.execute('GMAIL_SEND_EMAIL', { to: 'a@b.c', subject: 'Hi', body: 'Hello' });
 */
export async function createTestSession({
  toolkit,
  baseUrl,
  credentials,
  verifyCredentials,
}: {
  toolkit: ToolkitDefinition;
  baseUrl: string;
  /** Omit for no-auth toolkits. */
  credentials?: Credentials;
  /** false: store the credentials without the toolkit's check request (to test a key that stopped working). */
  verifyCredentials?: boolean;
}): Promise<{ router: ToolRouter; session: ToolRouterSession }> {
  const router = new ToolRouter({
    store: memoryStore(),
    builtinToolkits: false,
    toolkits: [toolkit],
    toolkitBaseUrls: { [toolkit.slug]: baseUrl },
  });
  if (credentials) {
    const mode =
      'accessToken' in credentials
        ? 'oauth2'
        : 'apiKey' in credentials
          ? 'api_key'
          : 'token' in credentials
            ? 'bearer'
            : 'basic';
    const authConfig = await router.authConfigs.create({
      toolkit: toolkit.slug,
      mode,
      ...(mode === 'oauth2' ? { credentials: { clientId: 'test-client', clientSecret: 'test-secret' } } : {}),
      ...(verifyCredentials !== undefined ? { verifyCredentials } : {}),
    });
    await router.connectedAccounts.create({ userId: 'u1', authConfigId: authConfig.id, credentials });
  }
  const session = await router.create('u1', { toolkits: [toolkit.slug] });
  return { router, session };
}
