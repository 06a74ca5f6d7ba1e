import { randomBytes } from 'node:crypto';
import {
  ConflictError,
  fromOpenAPI,
  type OpenAPIDocument,
  ToolkitNotFoundError,
  ToolRouter,
} from '@toolrouter/core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cleanUpTestStores, createTestSchema, postgresTestStore } from './test-support/test-stores.ts';

afterAll(cleanUpTestStores);

const document = {
  openapi: '3.1.0',
  info: { title: 'Inventory', version: '2' },
  servers: [{ url: 'https://inventory.example.com/v2' }],
  components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } } },
  security: [{ key: [] }],
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        summary: 'List items in stock',
        responses: { '200': { description: 'ok' } },
      },
    },
  },
} as OpenAPIDocument;

describe('stored toolkits on PostgreSQL', () => {
  it('reach a running instance by NOTIFY, and a restarted one from the table', async () => {
    const schema = createTestSchema();
    const options = { encryptionKeys: [randomBytes(32).toString('base64')], warn: () => {} };
    const instanceA = new ToolRouter({ ...options, store: postgresTestStore(schema) });
    const instanceB = new ToolRouter({ ...options, store: postgresTestStore(schema) });
    await Promise.all([instanceA.ready(), instanceB.ready()]);
    await expect(instanceB.toolkits.get('inventory')).rejects.toSatisfy(ToolkitNotFoundError.isInstance);

    const stored = await instanceA.toolkits.register(
      fromOpenAPI(document, { slug: 'inventory', name: 'Inventory' }),
      {
        source: 'inventory.yaml',
      },
    );
    expect(stored).toMatchObject({ slug: 'inventory', authModes: ['api_key'], toolCount: 1 });
    // B asked the store a moment ago, so its once-a-second check is not due: only the notification can do it.
    await vi.waitFor(async () => expect((await instanceB.toolkits.get('inventory')).toolCount).toBe(1), {
      timeout: 700,
      interval: 50,
    });
    await expect(
      instanceB.toolkits.register(fromOpenAPI(document, { slug: 'github', name: 'GitHub' })),
    ).rejects.toSatisfy(ConflictError.isInstance);

    const restarted = new ToolRouter({ ...options, store: postgresTestStore(schema) });
    expect((await restarted.tools.get('INVENTORY_LIST_ITEMS')).toolkit).toBe('inventory');
    expect((await restarted.toolkits.get('inventory')).stored?.source).toBe('inventory.yaml');

    await restarted.toolkits.unregister('inventory');
    await vi.waitFor(
      async () => {
        await expect(instanceA.toolkits.get('inventory')).rejects.toSatisfy(ToolkitNotFoundError.isInstance);
        await expect(instanceB.tools.get('INVENTORY_LIST_ITEMS')).rejects.toThrow(/Unknown tool/);
      },
      { timeout: 700, interval: 50 },
    );
    await Promise.all([instanceA.close(), instanceB.close(), restarted.close()]);
  }, 20_000);
});
