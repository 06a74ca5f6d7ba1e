import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { HttpError } from './api-error.ts';
import { limitBody } from './limit-body.ts';

function app() {
  const hono = new Hono();
  hono.onError((error, context) =>
    context.json(
      { code: error instanceof HttpError ? error.code : 'OTHER' },
      (error as HttpError).status as 413,
    ),
  );
  hono.use('*', limitBody(10));
  hono.all('/', async (context) => context.json({ body: await context.req.text() }));
  return hono;
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let offset = 0; offset < bytes.length; offset += 3)
        controller.enqueue(bytes.slice(offset, offset + 3));
      controller.close();
    },
  });
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  app().request('/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('limitBody', () => {
  it('lets a body with a Content-Length within the limit through, readable by the route', async () => {
    const response = await post('12345', { 'content-length': '5' });
    expect(await response.json()).toEqual({ body: '12345' });
  });

  it('refuses a Content-Length over the limit with 413 before reading', async () => {
    const response = await post('x'.repeat(11), { 'content-length': '11' });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('counts a streamed body without Content-Length: refused past the limit, passed on within it', async () => {
    expect((await post(streamOf('x'.repeat(11)))).status).toBe(413);
    const within = await post(streamOf('1234567'));
    expect(await within.json()).toEqual({ body: '1234567' });
  });

  it('does not judge GET requests', async () => {
    expect((await app().request('/')).status).toBe(200);
  });
});
