import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConnectLinkBrowserError } from '../errors/connect-link-browser-error.ts';
import { memoryStore } from '../store/memory-store.ts';
import { echoToolkit } from '../test-support/echo-toolkits.ts';
import { ToolRouter } from '../tool-router.ts';

// Not through testRouter(): remote mode has no browser of its own to bind (the server's pages do it).
async function link() {
  const router = new ToolRouter({
    builtinToolkits: false,
    toolkits: [echoToolkit],
    encryptionKeys: [randomBytes(32).toString('base64')],
    store: memoryStore(),
  });
  await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
  const session = await router.create('erin', { toolkits: ['echo'] });
  const request = await session.authorize('echo');
  return { router, linkId: request.linkId, accountId: request.id };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('connect links and browsers', () => {
  it('binds a link to the first browser that reads it and refuses every other one', async () => {
    const { router, linkId, accountId } = await link();
    await router.connect.getLink(linkId, { browser: 'first-browser-token-0123456789' });
    for (const attempt of [
      router.connect.getLink(linkId, { browser: 'other-browser-token-0123456789' }),
      router.connect.submitCredentials(
        linkId,
        { apiKey: 'attacker' },
        { browser: 'other-browser-token-0123456789' },
      ),
      router.connect.submitCredentials(linkId, { apiKey: 'attacker' }, { browser: '' }),
    ]) {
      expect(ConnectLinkBrowserError.isInstance(await rejection(attempt))).toBe(true);
    }
    expect((await router.connectedAccounts.get(accountId)).status).toBe('INITIATED');
    await router.connect.submitCredentials(
      linkId,
      { apiKey: 'key' },
      { browser: 'first-browser-token-0123456789' },
    );
    expect((await router.connectedAccounts.get(accountId)).status).toBe('ACTIVE');
    await router.close();
  });

  it('refuses a browser for a link no browser has opened yet, and leaves SDK callers (no browser) alone', async () => {
    const unopened = await link();
    const error = await rejection(
      unopened.router.connect.submitCredentials(
        unopened.linkId,
        { apiKey: 'k' },
        { browser: 'some-browser-0123456789' },
      ),
    );
    expect(ConnectLinkBrowserError.isInstance(error)).toBe(true);
    await unopened.router.connect.submitCredentials(unopened.linkId, { apiKey: 'k' });
    expect((await unopened.router.connectedAccounts.get(unopened.accountId)).status).toBe('ACTIVE');
    await unopened.router.close();
  });
});
