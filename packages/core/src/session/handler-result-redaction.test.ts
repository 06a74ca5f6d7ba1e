import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { type EchoApi, startEchoApi } from '../test-support/start-echo-api.ts';

const SECRET = 'key-alice-0123456789abcdef';

let api: EchoApi;
beforeAll(async () => {
  api = await startEchoApi({ [SECRET]: 'alice' });
});
afterAll(() => api.close());

async function routerWithHandler(handler: (secret: string) => unknown) {
  const router = createEchoRouter(api.url);
  const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
  await router.connectedAccounts.create({
    userId: 'alice',
    authConfigId: authConfig.id,
    credentials: { apiKey: SECRET },
  });
  await router.tools.create({
    slug: 'ECHO_LEAKY',
    toolkit: 'echo',
    description: 'Hands back what it was given, credentials included.',
    inputSchema: { type: 'object', properties: {} },
    execute: (_input, context) => {
      const credentials = context.credentials;
      return handler(credentials && 'apiKey' in credentials ? credentials.apiKey : '');
    },
  });
  return router;
}

describe("a custom tool's handler never hands the account's secret to the agent", () => {
  it('redacts the secret from what the handler returns', async () => {
    const router = await routerWithHandler((secret) => ({ token: secret, note: `used ${secret}` }));
    const session = await router.create('alice', { toolkits: ['echo'] });
    const result = await session.execute('ECHO_LEAKY', {});
    expect(result.successful).toBe(true);
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(result.data).toMatchObject({ token: expect.any(String), note: expect.stringMatching(/^used /) });
  });

  it('redacts the secret from the error the handler throws, and from the log', async () => {
    const router = await routerWithHandler((secret) => {
      throw new Error(`upstream refused key ${secret}`);
    });
    const session = await router.create('alice', { toolkits: ['echo'] });
    const result = await session.execute('ECHO_LEAKY', {});
    expect(result.successful).toBe(false);
    expect(result.error).toMatch(/^ECHO_LEAKY failed: upstream refused key /);
    expect(result.error).not.toContain(SECRET);
    const logs = await router.logs.list({ sessionId: session.sessionId });
    expect(JSON.stringify(logs)).not.toContain(SECRET);
  });
});
