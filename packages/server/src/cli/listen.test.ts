import { describe, expect, it } from 'vitest';
import { listen } from './listen.ts';

describe('listen', () => {
  it('answers requests that finished before a stop as the handler did, and one still running at the end of the grace with 503 SHUTTING_DOWN', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived!: () => void;
    const holding = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const listener = await listen(
      () => async (request) => {
        if (new URL(request.url).pathname === '/hold') {
          arrived();
          await held;
        }
        return Response.json({ ok: true });
      },
      { port: 0, host: '127.0.0.1' },
    );
    const url = `http://127.0.0.1:${listener.port}`;
    for (let index = 0; index < 20; index++) {
      const response = await fetch(`${url}/quick`);
      expect(await response.json()).toEqual({ ok: true });
    }
    const slow = fetch(`${url}/hold`);
    await holding;
    const closed = listener.close(100);
    const response = await slow;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('SHUTTING_DOWN');
    release();
    await closed;
  });

  it('answers 500 when the handler throws before returning a promise, and keeps serving', async () => {
    const listener = await listen(
      () => (request) => {
        if (new URL(request.url).pathname === '/throw') throw new Error('handler broke');
        return Response.json({ ok: true });
      },
      { port: 0, host: '127.0.0.1' },
    );
    try {
      const url = `http://127.0.0.1:${listener.port}`;
      expect((await fetch(`${url}/throw`)).status).toBe(500);
      expect((await fetch(`${url}/fine`)).status).toBe(200);
    } finally {
      await listener.close(100);
    }
  });

  it("hands the app the adapter's bindings, so limits per client address see the real address", async () => {
    const listener = await listen(
      () => (_request, env) =>
        Response.json({
          address: (env.incoming as { socket: { remoteAddress?: string } }).socket.remoteAddress,
        }),
      { port: 0, host: '127.0.0.1' },
    );
    try {
      const response = await fetch(`http://127.0.0.1:${listener.port}/`);
      expect(await response.json()).toEqual({ address: '127.0.0.1' });
    } finally {
      await listener.close(100);
    }
  });
});
