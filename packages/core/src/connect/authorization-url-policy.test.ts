import { randomBytes } from 'node:crypto';
import { defineToolkit } from '@toolrouter/toolkits';
import { describe, expect, it } from 'vitest';
import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { memoryStore } from '../store/memory-store.ts';
import { ToolRouter } from '../tool-router.ts';

function routerWith(authorizationUrl: string, allowPrivateNetwork: boolean) {
  const toolkit = defineToolkit({
    slug: 'imported',
    name: 'Imported',
    description: 'A toolkit from a third-party document.',
    baseUrl: 'https://api.imported.test',
    auth: [{ mode: 'oauth2', authorizationUrl, tokenUrl: 'https://api.imported.test/token', scopes: [] }],
    tools: [],
  });
  return new ToolRouter({
    builtinToolkits: false,
    toolkits: [toolkit],
    managedAuth: { imported: { clientId: 'client', clientSecret: 'secret' } },
    encryptionKeys: [randomBytes(32).toString('base64')],
    store: memoryStore(),
    allowPrivateNetwork,
  });
}

async function startOAuth(router: ToolRouter): Promise<unknown> {
  const session = await router.create('alice', { toolkits: ['imported'] });
  const request = await session.authorize('imported');
  return router.connect.startOAuth(request.redirectUrl.split('/').at(-1)!).catch((error: unknown) => error);
}

describe('the authorization URL and the outbound policy', () => {
  it('refuses to send a browser to a metadata address, or to a private one without allowPrivateNetwork', async () => {
    const metadata = await startOAuth(routerWith('http://[64:ff9b::a9fe:a9fe]/authorize', true));
    expect(OutboundRequestRefusedError.isInstance(metadata) && metadata.reason).toBe('metadata');
    const internal = await startOAuth(routerWith('http://10.0.0.8/authorize', false));
    expect(OutboundRequestRefusedError.isInstance(internal) && internal.reason).toBe('private');
    const allowed = await startOAuth(routerWith('https://provider.test/authorize', false));
    expect(String(allowed)).toMatch(/^https:\/\/provider\.test\/authorize\?/);
  });
});
