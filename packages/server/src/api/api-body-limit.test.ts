import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_API_KEY, type TestApp } from '../test-support/create-test-app.ts';

let small: TestApp;
beforeAll(async () => {
  small = await createTestApp({ maxBodyBytes: 1024 });
});
afterAll(() => small.close());

const oversized = JSON.stringify({ userId: 'alice', padding: 'x'.repeat(2048) });

function post(body: BodyInit, headers: Record<string, string> = {}, key = TEST_API_KEY) {
  return small.app.request('/api/v1/sessions', {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('REST API body limit', () => {
  it('refuses a body whose Content-Length is over the limit with a JSON 413', async () => {
    const response = await post(oversized, { 'content-length': String(oversized.length) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than 1024 bytes.' },
    });
  });

  it('refuses a streamed body without Content-Length once it passes the limit', async () => {
    const bytes = new TextEncoder().encode(oversized);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 256)
          controller.enqueue(bytes.slice(offset, offset + 256));
        controller.close();
      },
    });
    const response = await post(stream);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('checks the admin key before the size, and lets a body under the limit through', async () => {
    expect((await post(oversized, {}, 'wrong-key')).status).toBe(401);
    const created = await post(JSON.stringify({ userId: 'alice' }));
    expect(created.status).toBe(201);
  });
});
