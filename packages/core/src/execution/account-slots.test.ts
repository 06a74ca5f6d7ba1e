import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../store/memory-store.ts';
import { echoToolkit } from '../test-support/echo-toolkits.ts';
import { ToolRouter } from '../tool-router.ts';

describe('concurrent upstream calls per account', () => {
  it('runs at most maxConcurrentPerAccount calls of one account at once; other accounts are not held up', async () => {
    let running: Record<string, number> = {};
    const peak: Record<string, number> = {};
    const upstream = createServer((request, response) => {
      const key = String(request.headers['x-api-key']);
      running[key] = (running[key] ?? 0) + 1;
      peak[key] = Math.max(peak[key] ?? 0, running[key]!);
      setTimeout(() => {
        running[key]!--;
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ key }));
      }, 40);
    }).listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    const router = new ToolRouter({
      builtinToolkits: false,
      toolkits: [echoToolkit],
      toolkitBaseUrls: { echo: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` },
      encryptionKeys: [randomBytes(32).toString('base64')],
      store: memoryStore(),
      execution: { maxConcurrentPerAccount: 3 },
      warn: () => {},
    });
    const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    for (const userId of ['alice', 'bob']) {
      await router.connectedAccounts.create({
        userId,
        authConfigId: authConfig.id,
        credentials: { apiKey: `key-${userId}` },
      });
    }
    const alice = await router.create('alice', { toolkits: ['echo'] });
    const bob = await router.create('bob', { toolkits: ['echo'] });
    running = {};
    const results = await Promise.all([
      ...Array.from({ length: 12 }, (_, index) => alice.execute('ECHO_GET', { id: String(index) })),
      ...Array.from({ length: 4 }, (_, index) => bob.execute('ECHO_GET', { id: String(index) })),
    ]);
    expect(results.every((result) => result.successful)).toBe(true);
    expect(peak['key-alice']).toBe(3);
    expect(peak['key-bob']).toBe(3);
    upstream.close();
    await router.close();
  });
});
