import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_API_KEY, type TestApp } from '../test-support/create-test-app.ts';

let testApp: TestApp | undefined;
afterEach(() => testApp?.close());

const get = (app: TestApp, key?: string) =>
  app.app.request('/api/v1/sessions', key ? { headers: { authorization: `Bearer ${key}` } } : {});

describe('REST API authentication', () => {
  it('refuses everything, the right-looking key included, when no admin key is configured', async () => {
    testApp = await createTestApp({ apiKey: '', env: {} });
    const response = await get(testApp, TEST_API_KEY);
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toMatch(/The REST API is disabled/);
  });

  it('answers a missing or wrong key 401 with WWW-Authenticate, and lets the right one through', async () => {
    testApp = await createTestApp();
    for (const key of [undefined, 'wrong-key']) {
      const response = await get(testApp, key);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="toolrouter"');
      expect((await response.json()).error.code).toBe('UNAUTHORIZED');
    }
    expect((await get(testApp, TEST_API_KEY)).status).toBe(200);
  });

  it('makes an address past its failed authentications wait even with the right key', async () => {
    testApp = await createTestApp({ rateLimits: { failedAuth: { limit: 2, windowMs: 60_000 } } });
    expect((await get(testApp, 'wrong-1')).status).toBe(401);
    expect((await get(testApp, 'wrong-2')).status).toBe(401);
    const response = await get(testApp, TEST_API_KEY);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await response.json()).error.message).toMatch(/with a wrong key from this address/);
  });

  it('counts requests with the admin key against its own limit', async () => {
    testApp = await createTestApp({ rateLimits: { adminKey: { limit: 2, windowMs: 60_000 } } });
    expect((await get(testApp, TEST_API_KEY)).status).toBe(200);
    expect((await get(testApp, TEST_API_KEY)).status).toBe(200);
    const response = await get(testApp, TEST_API_KEY);
    expect(response.status).toBe(429);
    expect((await response.json()).error.message).toMatch(/with the admin key/);
  });
});
