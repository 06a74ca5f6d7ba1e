import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-support/create-test-app.ts';
import { pageSecurityHeaders } from './page-security-headers.ts';

describe('pageSecurityHeaders', () => {
  it('sends the CSP, no framing, no sniffing and a same-origin referrer, and nothing else', async () => {
    const app = new Hono();
    app.use('*', pageSecurityHeaders({ defaultSrc: ["'none'"], frameAncestors: ["'none'"] }));
    app.get('/page', (context) => context.html('<p>hi</p>'));
    const response = await app.request('/page');
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/html; charset=UTF-8',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'referrer-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
  });

  it("keeps a header the response already set (a redirect's no-referrer)", async () => {
    const app = new Hono();
    app.use('*', pageSecurityHeaders({ defaultSrc: ["'none'"] }));
    app.get(
      '/away',
      () =>
        new Response(null, { status: 302, headers: { location: '/x', 'referrer-policy': 'no-referrer' } }),
    );
    expect((await app.request('/away')).headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('covers the connect pages and the dashboard, not the REST API', async () => {
    const test = await createTestApp();
    try {
      const connect = await test.app.request('/connect/lnk_missing');
      expect(connect.headers.get('x-frame-options')).toBe('DENY');
      expect(connect.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'");
      const dashboard = await test.app.request('/dashboard/sign-in');
      expect(dashboard.headers.get('referrer-policy')).toBe('same-origin');
      expect(dashboard.headers.get('content-security-policy')).toContain("form-action 'self'");
      const api = await test.app.request('/api/v1/openapi.json');
      expect(api.headers.get('x-frame-options')).toBeNull();
    } finally {
      await test.close();
    }
  });
});
