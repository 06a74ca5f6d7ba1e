import { randomBytes } from 'node:crypto';
import { ToolRouter } from '@toolrouter/core';
import { CONNECTED_ACCOUNT_CHANNEL } from '@toolrouter/core/internal';
import { type EchoApi, echoToolkit, startEchoApi } from '@toolrouter/core/test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestSchema, postgresTestStore } from './test-support/test-stores.ts';

let api: EchoApi;
beforeAll(async () => {
  api = await startEchoApi({ 'key-from-b': 'alice-via-b' });
});
afterAll(() => api.close());

describe('connection events across instances', () => {
  it('tells a waitForConnection on one instance that the user connected through another', async () => {
    const schema = createTestSchema();
    const options = {
      builtinToolkits: false,
      toolkits: [echoToolkit],
      toolkitBaseUrls: { echo: api.url },
      encryptionKeys: [randomBytes(32).toString('base64')],
    };
    const storeA = postgresTestStore(schema);
    const instanceA = new ToolRouter({ ...options, store: storeA });
    const instanceB = new ToolRouter({ ...options, store: postgresTestStore(schema) });
    await instanceA.ready();
    await instanceB.ready();
    const heardOnA: string[] = [];
    await storeA.subscribe(CONNECTED_ACCOUNT_CHANNEL, (payload) => heardOnA.push(payload));

    const session = await instanceA.create('alice', { toolkits: ['echo'] });
    const request = await session.authorize('echo');
    const waiting = request.waitForConnection(10_000);
    await instanceB.connect.submitCredentials(request.linkId, { apiKey: 'key-from-b' });

    expect(await waiting).toMatchObject({ id: request.id, status: 'ACTIVE', userId: 'alice' });
    await vi.waitFor(() => expect(heardOnA).toContain(request.id));
    expect((await session.execute('ECHO_GET', { id: '1' })).data).toMatchObject({ account: 'alice-via-b' });
  });
});
