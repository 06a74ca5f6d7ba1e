import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { mcpCors } from './mcp-cors.ts';

function app(answer: () => Response = () => Response.json({ ok: true })) {
  const hono = new Hono();
  hono.use('/:sessionId', mcpCors(new Set(['https://inspector.example'])));
  hono.all('/:sessionId', () => answer());
  return hono;
}

describe('mcpCors', () => {
  it('answers a preflight from an allowed origin with the grant, and one from another origin without', async () => {
    const preflight = (origin: string) =>
      app().request('/ses_1', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight('https://inspector.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://inspector.example');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('POST,GET,DELETE');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Mcp-Protocol-Version');
    expect(allowed.headers.get('access-control-max-age')).toBe('600');
    const refused = await preflight('https://evil.test');
    expect(refused.status).toBe(204);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("adds the grant, exposed headers and Vary to the route's own answer, body and status untouched", async () => {
    const response = await app(() => Response.json({ ok: true }, { status: 401 })).request('/ses_1', {
      method: 'POST',
      headers: { origin: 'https://inspector.example' },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://inspector.example');
    expect(response.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
    expect(response.headers.get('vary')).toBe('Origin');
    const noOrigin = await app().request('/ses_1', { method: 'POST' });
    expect(noOrigin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('adds the headers on a copy when the answer has immutable headers', async () => {
    const response = await app(() => Response.redirect('https://example.com/elsewhere', 302)).request(
      '/ses_1',
      {
        headers: { origin: 'https://inspector.example' },
      },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://example.com/elsewhere');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://inspector.example');
  });
});
