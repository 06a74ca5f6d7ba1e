import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../store/memory-store.ts';
import { echoToolkit } from '../test-support/echo-toolkits.ts';
import { ToolRouter } from '../tool-router.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';

// HTTP tools go out with the router's own sender (undici's request on the guarded agent), unless the
// operator gave `execution.fetch`: then that fetch sees every call, as it always did.
const upstream = createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ path: request.url, key: request.headers['x-api-key'] ?? null }));
});
let apiUrl: string;
beforeAll(async () => {
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  apiUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => upstream.close());

async function echoSession(options: Partial<ToolRouterOptions>) {
  const router = new ToolRouter({
    builtinToolkits: false,
    toolkits: [echoToolkit],
    toolkitBaseUrls: { echo: apiUrl },
    encryptionKeys: [randomBytes(32).toString('base64')],
    store: memoryStore(),
    warn: () => {},
    ...options,
  });
  const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
  await router.connectedAccounts.create({
    userId: 'u',
    authConfigId: authConfig.id,
    credentials: { apiKey: 'key-u' },
  });
  return { router, session: await router.create('u', { toolkits: ['echo'] }) };
}

describe('what sends an HTTP tool', () => {
  it("an operator's execution.fetch sees every call", async () => {
    const seen: string[] = [];
    const { router, session } = await echoSession({
      allowPrivateNetwork: true,
      execution: {
        fetch: (input, init) => {
          seen.push(String(input));
          return fetch(input, init);
        },
      },
    });
    const result = await session.execute('ECHO_GET', { id: '7' });
    expect(result).toMatchObject({ successful: true, data: { path: '/things/7', key: '[REDACTED]' } });
    expect(seen).toEqual([`${apiUrl}/things/7`]);
    await router.close();
  });

  it('without one, the call still goes through the outbound policy', async () => {
    const allowed = await echoSession({ allowPrivateNetwork: true });
    expect(await allowed.session.execute('ECHO_GET', { id: '7' })).toMatchObject({
      successful: true,
      data: { path: '/things/7' },
    });
    await allowed.router.close();
    const refused = await echoSession({ allowPrivateNetwork: false });
    const result = await refused.session.execute('ECHO_GET', { id: '7' });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('loopback');
    expect(result.error).toContain('Tell the operator');
    await refused.router.close();
  });
});
