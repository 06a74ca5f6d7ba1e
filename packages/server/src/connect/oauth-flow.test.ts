import {
  ALLOWED_CALLBACK,
  completeAuthorization,
  type OAuthTestKit,
  REDIRECT_URI,
  ROUTER_BASE_URL,
  startOAuthTestKit,
} from '@toolrouter/core/test/oauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyToolRouter } from '../api/api-context.ts';
import { createServer } from '../create-server.ts';

let kit: OAuthTestKit;

beforeAll(async () => {
  kit = await startOAuthTestKit();
});

afterAll(async () => {
  await kit.close();
});

describe('an OAuth connection through the hosted pages and a real authorization server', () => {
  it('goes connect link -> provider consent -> /oauth/callback -> the app, and the account works', async () => {
    const { router } = kit.createRouter();
    const app = createServer(router as unknown as AnyToolRouter, {
      apiKey: 'k',
      baseUrl: ROUTER_BASE_URL,
      onError: (error) => {
        throw error;
      },
    });
    try {
      const session = await router.create('alice', { toolkits: ['things'] });
      const request = await session.authorize('things', { callbackUrl: ALLOWED_CALLBACK });

      const page = await app.request(request.redirectUrl);
      expect(page.status).toBe(302);
      // The browser keeps the connect cookie and sends it back with the provider's redirect.
      const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
      const landing = await completeAuthorization(page.headers.get('location')!, {
        redirectUri: REDIRECT_URI,
        login: 'alice',
      });
      expect(`${landing.origin}${landing.pathname}`).toBe(REDIRECT_URI);

      const callback = await app.request(landing.href, { headers: { cookie } });
      expect(callback.status).toBe(302);
      const back = new URL(callback.headers.get('location')!);
      expect(`${back.origin}${back.pathname}`).toBe(ALLOWED_CALLBACK);
      expect(back.searchParams.get('status')).toBe('success');
      expect(back.searchParams.get('connected_account_id')).toBe(request.id);
      expect(callback.headers.get('location')).not.toMatch(/code=|access_token/);

      expect((await router.connectedAccounts.get(request.id)).status).toBe('ACTIVE');
      const result = await session.execute('THINGS_WHOAMI', {});
      expect(result.successful).toBe(true);
      expect(JSON.stringify(result.data)).toContain('alice');

      const replay = await app.request(landing.href, { headers: { cookie } });
      expect(replay.status).toBe(410);
    } finally {
      await router.close();
    }
  });
});
