import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { createToolFetch } from './create-tool-fetch.ts';
import { startTestServer, type TestServer } from './test-support/start-test-server.ts';
import { ToolTimeoutError } from './tool-timeout-error.ts';

let api: TestServer;
let elsewhere: TestServer;
beforeAll(async () => {
  api = await startTestServer(async (request, response) => {
    if (request.url.pathname === '/v1/slow') await new Promise((resolve) => setTimeout(resolve, 2_000));
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({ target: request.target, authorization: request.headers.authorization ?? null }),
    );
  });
  elsewhere = await startTestServer();
});
afterAll(() => Promise.all([api.close(), elsewhere.close()]));

const auth = {
  scheme: { mode: 'api_key', in: 'header', name: 'authorization', prefix: 'Token ' } as const,
  credentials: { apiKey: 'key_123456' },
};

describe('createToolFetch', () => {
  it('says which host could not be reached and why, instead of "fetch failed"', async () => {
    const closed = await startTestServer();
    await closed.close();
    const toolFetch = createToolFetch({ baseUrl: closed.origin, auth, signal: new AbortController().signal });
    const failure = toolFetch('/items').catch((error: unknown) => error);
    await expect(failure).resolves.toBeInstanceOf(TypeError);
    expect(((await failure) as Error).message).toBe(
      `could not reach ${new URL(closed.origin).host}: connection refused`,
    );
  });

  it('resolves relative paths under the base URL, keeping its path prefix and the query', async () => {
    const toolFetch = createToolFetch({
      baseUrl: `${api.origin}/v1`,
      auth,
      signal: new AbortController().signal,
    });
    expect(await (await toolFetch('/items?limit=2')).json()).toEqual({
      target: '/v1/items?limit=2',
      authorization: 'Token key_123456',
    });
    expect(await (await toolFetch('items/7')).json()).toMatchObject({ target: '/v1/items/7' });
  });

  it('accepts an absolute URL on the same origin, such as a pagination link', async () => {
    const toolFetch = createToolFetch({
      baseUrl: `${api.origin}/v1`,
      auth,
      signal: new AbortController().signal,
    });
    const response = await toolFetch(`${api.origin}/v1/items?page=2`, { method: 'POST', body: '{}' });
    expect(await response.json()).toEqual({ target: '/v1/items?page=2', authorization: 'Token key_123456' });
    expect(api.requests.at(-1)!.method).toBe('POST');
  });

  it('refuses another origin with a clear error, sending nothing there', async () => {
    const toolFetch = createToolFetch({ baseUrl: api.origin, auth, signal: new AbortController().signal });
    for (const foreign of [
      `${elsewhere.origin}/steal`,
      `//127.0.0.1:${new URL(elsewhere.origin).port}/steal`,
    ]) {
      await expect(toolFetch(foreign)).rejects.toThrow(ValidationError);
    }
    await expect(toolFetch('https://evil.example/')).rejects.toThrow(
      `Refused to call https://evil.example: this toolkit may only call ${api.origin}, its base URL.`,
    );
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('works without auth and passes the call’s signal on', async () => {
    const controller = new AbortController();
    const toolFetch = createToolFetch({ baseUrl: api.origin, signal: controller.signal });
    expect(await (await toolFetch('/open')).json()).toEqual({ target: '/open', authorization: null });
    const pending = toolFetch('/v1/slow');
    setTimeout(() => controller.abort(new Error('tool call cancelled')), 50);
    await expect(pending).rejects.toThrow('tool call cancelled');
  });

  it('ends a request that runs past timeoutMs with a ToolTimeoutError', async () => {
    const toolFetch = createToolFetch({
      baseUrl: api.origin,
      signal: new AbortController().signal,
      timeoutMs: 200,
    });
    await expect(toolFetch('/v1/slow')).rejects.toSatisfy((error) => ToolTimeoutError.isInstance(error));
  });
});
