import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundFetch } from '../outbound/create-outbound-fetch.ts';
import { readResponse, redactSecrets } from './read-response.ts';
import { startTestServer, type TestServer } from './test-support/start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  // Answers with the content type and body given in the query, like a vendor endpoint would.
  server = await startTestServer((request, response) => {
    const type = request.url.searchParams.get('type');
    if (type) response.setHeader('content-type', type);
    response.end(request.url.searchParams.get('body') ?? request.body);
  });
});
afterAll(() => server.close());

function answer(body: string, type?: string): Promise<Response> {
  const query = new URLSearchParams({ body, ...(type ? { type } : {}) });
  return fetch(`${server.origin}/answer?${query}`);
}

describe('readResponse', () => {
  it('parses JSON by content type, vendor types included', async () => {
    expect(await readResponse(await answer('{"a":[1,2]}', 'application/json; charset=utf-8'))).toEqual({
      a: [1, 2],
    });
    expect(await readResponse(await answer('[{"id":1}]', 'application/vnd.github+json'))).toEqual([
      { id: 1 },
    ]);
    expect(await readResponse(await answer('"quoted"', 'application/json'))).toBe('quoted');
  });

  it('parses text that is a JSON object or array whatever the content type says', async () => {
    expect(await readResponse(await answer(' {"ok":true}', 'text/plain'))).toEqual({ ok: true });
    expect(await readResponse(await answer('12345', 'text/plain'))).toBe('12345');
  });

  it('returns text when the body is not JSON, even if the content type claims it', async () => {
    expect(await readResponse(await answer('<html>hi</html>', 'text/html'))).toBe('<html>hi</html>');
    expect(await readResponse(await answer('{broken', 'application/json'))).toBe('{broken');
  });

  it('returns null for an empty body', async () => {
    expect(await readResponse(await answer('', 'application/json'))).toBeNull();
    expect(await readResponse(new Response(null, { status: 204 }))).toBeNull();
  });

  it('redacts secrets an upstream echoes back, before parsing', async () => {
    const token = 'ghp_Secret/Token"1234';
    const echoed = JSON.stringify({
      authorization: `Bearer ${token}`,
      url: `/x?key=${encodeURIComponent(token)}`,
    });
    const data = await readResponse(await answer(echoed, 'application/json'), { secrets: [token] });
    expect(data).toEqual({ authorization: 'Bearer [REDACTED]', url: '/x?key=[REDACTED]' });
    expect(JSON.stringify(data)).not.toContain('Secret');
  });

  it('redacts by the whole list each time, whatever lists were seen before', () => {
    const text = 'key alpha-secret-1, token beta-secret-22, both again: alpha-secret-1 beta-secret-22';
    expect(redactSecrets(text, ['alpha-secret-1'])).toBe(
      'key [REDACTED], token beta-secret-22, both again: [REDACTED] beta-secret-22',
    );
    expect(redactSecrets(text, ['alpha-secret-1', 'beta-secret-22'])).toBe(
      'key [REDACTED], token [REDACTED], both again: [REDACTED] [REDACTED]',
    );
    // A secret that holds what separates two others is still one secret.
    expect(redactSecrets(text, ['alpha-secret-1\u0000beta-secret-22'])).toBe(text);
    expect(redactSecrets(text, ['beta-secret-22'])).toBe(
      'key alpha-secret-1, token [REDACTED], both again: alpha-secret-1 [REDACTED]',
    );
  });

  it('ignores empty and very short secrets instead of shredding the answer', () => {
    expect(redactSecrets('{"a":1}', ['', 'a', '1'])).toBe('{"a":1}');
    expect(redactSecrets('token=abcd and abcdef', ['abcd', 'abcdef'])).toBe(
      'token=[REDACTED] and [REDACTED]',
    );
  });

  it('describes binary content instead of returning its bytes', async () => {
    const response = new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
      headers: { 'content-type': 'image/png', 'content-length': '4' },
    });
    expect(await readResponse(response)).toEqual({
      content_type: 'image/png',
      size_bytes: 4,
      note: 'Binary content is not returned to the model.',
    });
  });

  it('stops reading at maxBytes without leaving part of a secret at the cut', async () => {
    const secret = 'sk_live_0123456789';
    const body = `${'x'.repeat(90)}${secret}${'y'.repeat(50)}`;
    const data = (await readResponse(await answer(body, 'text/plain'), {
      secrets: [secret],
      maxBytes: 100,
    })) as string;
    expect(data).toMatch(/^x+\n… \[response cut after 100 bytes\]$/);
    expect(data).not.toContain('sk_live');
  });

  it("reads an answer of the router's send chunk by chunk up to maxBytes too", async () => {
    const outbound = createOutboundFetch({ policy: { allowPrivateNetwork: true } });
    const secret = 'sk_live_0123456789';
    const body = `${'x'.repeat(90)}${secret}${'y'.repeat(5_000)}`;
    const query = new URLSearchParams({ body, type: 'text/plain' });
    const sent = await outbound.send(new URL(`${server.origin}/answer?${query}`), { method: 'GET' });
    const data = (await readResponse(sent, { secrets: [secret], maxBytes: 100 })) as string;
    expect(data).toMatch(/^x+\n… \[response cut after 100 bytes\]$/);
    expect(data).not.toContain('sk_live');
    // The connection that was cut off does not hold up the next request.
    const next = await outbound.send(new URL(`${server.origin}/answer?body=ok`), { method: 'GET' });
    expect(await readResponse(next)).toBe('ok');
    await outbound.close();
  });

  it('reads a body of declared length at once, but still counts the bytes of a coded one', async () => {
    const body = 'z'.repeat(150);
    const plain = new Response(body, { headers: { 'content-type': 'text/plain', 'content-length': '150' } });
    expect(await readResponse(plain, { maxBytes: 200 })).toBe(body);
    // A compressed body's length says nothing of its decoded size: the limit still applies.
    const coded = new Response(body, {
      headers: { 'content-type': 'text/plain', 'content-length': '20', 'content-encoding': 'gzip' },
    });
    expect(await readResponse(coded, { maxBytes: 100 })).toMatch(
      /^z{100}\n… \[response cut after 100 bytes\]$/,
    );
  });
});
