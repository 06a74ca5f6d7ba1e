import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { sendWithRetry } from './send-with-retry.ts';
import type { RecordedRequest } from './test-support/start-test-server.ts';
import { startTestServer, type TestServer } from './test-support/start-test-server.ts';
import { ToolTimeoutError } from './tool-timeout-error.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A server answering the n-th request with the n-th answer (the last one repeats). */
async function scripted(
  answers: Array<(request: RecordedRequest, response: ServerResponse) => void>,
): Promise<TestServer> {
  let count = 0;
  const server = await startTestServer((request, response) => {
    const answer = answers[Math.min(count++, answers.length - 1)]!;
    answer(request, response);
  });
  servers.push(server);
  return server;
}

const status =
  (code: number, headers: Record<string, string> = {}) =>
  (_request: RecordedRequest, response: ServerResponse) => {
    response.writeHead(code, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify({ status: code }));
  };

function get(server: TestServer, path = '/items', method = 'GET') {
  return { url: new URL(path, server.origin), method, headers: new Headers() };
}

const fast = { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 50 };

describe('sendWithRetry', () => {
  it('retries a 429 after the wait Retry-After asks for, then returns the success', async () => {
    const server = await scripted([status(429, { 'retry-after': '0' }), status(200)]);
    const { response, attempts } = await sendWithRetry(get(server), { retry: fast });
    expect(response.status).toBe(200);
    expect(attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const inOneSecond = new Date(Date.now() + 1000).toUTCString();
    const server = await scripted([
      status(429, { 'retry-after': '1' }),
      status(503, { 'retry-after': inOneSecond }),
      status(200),
    ]);
    const { response, attempts } = await sendWithRetry(get(server), {
      retry: { ...fast, maxDelayMs: 2_000 },
    });
    expect(response.status).toBe(200);
    expect(attempts).toBe(3);
  });

  it('retries 502, 503 and 504 with backoff until one succeeds', async () => {
    const server = await scripted([status(503), status(502), status(504), status(200)]);
    const { response, attempts } = await sendWithRetry(get(server, '/items', 'PUT'), {
      retry: { ...fast, maxAttempts: 4 },
    });
    expect(response.status).toBe(200);
    expect(attempts).toBe(4);
    expect(server.requests.map((request) => request.method)).toEqual(['PUT', 'PUT', 'PUT', 'PUT']);
  });

  it('returns the last answer once attempts run out', async () => {
    const server = await scripted([status(503)]);
    const { response, attempts } = await sendWithRetry(get(server), { retry: fast });
    expect(response.status).toBe(503);
    expect(attempts).toBe(3);
    expect(JSON.parse(await response.text())).toEqual({ status: 503 });
  });

  it('never retries POST or PATCH', async () => {
    for (const method of ['POST', 'PATCH']) {
      const server = await scripted([status(503), status(200)]);
      const { response, attempts } = await sendWithRetry(
        { ...get(server, '/items', method), body: '{}' },
        { retry: fast },
      );
      expect(response.status).toBe(503);
      expect(attempts).toBe(1);
      expect(server.requests).toHaveLength(1);
    }
  });

  it('does not retry other errors such as 500 or 404', async () => {
    const server = await scripted([status(500), status(200)]);
    expect((await sendWithRetry(get(server), { retry: fast })).attempts).toBe(1);
  });

  it('stops retrying when Retry-After asks for longer than maxDelayMs', async () => {
    const server = await scripted([status(429, { 'retry-after': '120' }), status(200)]);
    const { response, attempts } = await sendWithRetry(get(server), { retry: fast });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
    expect(attempts).toBe(1);
  });

  it('retries network errors for idempotent methods, then throws the last one', async () => {
    const server = await scripted([status(200)]);
    const url = new URL('/items', server.origin);
    await server.close();
    servers.length = 0;
    const seen: number[] = [];
    const failure = sendWithRetry(
      { url, method: 'GET', headers: new Headers() },
      { retry: fast, onAttempt: (attempt) => seen.push(attempt) },
    );
    await expect(failure).rejects.toThrow(TypeError);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('throws a ToolTimeoutError when the server is too slow', async () => {
    const server = await scripted([(_request, response) => setTimeout(() => response.end('late'), 2_000)]);
    const failure = sendWithRetry(get(server), { timeoutMs: 200, retry: fast });
    await expect(failure).rejects.toSatisfy(
      (error) => ToolTimeoutError.isInstance(error) && error.timeoutMs === 200,
    );
  });

  it('rejects with the caller’s reason when the caller aborts', async () => {
    const server = await scripted([(_request, response) => setTimeout(() => response.end('late'), 2_000)]);
    const controller = new AbortController();
    const failure = sendWithRetry(get(server), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user went away')), 50);
    await expect(failure).rejects.toThrow('user went away');
  });

  it('follows redirects on the same origin only, so credential headers stay there', async () => {
    const other = await scripted([status(200)]);
    const server = await scripted([
      (request, response) => {
        if (request.target === '/old') response.writeHead(301, { location: '/new' }).end();
        else if (request.target === '/new') status(200)(request, response);
        else response.writeHead(302, { location: `${other.origin}/steal` }).end();
      },
    ]);
    const headers = new Headers({ 'x-api-key': 'key_secret' });
    const followed = await sendWithRetry({ url: new URL('/old', server.origin), method: 'GET', headers });
    expect(followed.response.status).toBe(200);
    expect(server.requests.map((request) => request.target)).toEqual(['/old', '/new']);
    expect(server.requests[1]!.headers['x-api-key']).toBe('key_secret');

    const refused = await sendWithRetry({ url: new URL('/away', server.origin), method: 'GET', headers });
    expect(refused.response.status).toBe(302);
    expect(other.requests).toHaveLength(0);
  });

  it('turns a POST into a GET without a body after a 303', async () => {
    const server = await scripted([
      (request, response) => {
        if (request.method === 'POST') response.writeHead(303, { location: '/result' }).end();
        else status(200)(request, response);
      },
    ]);
    const headers = new Headers({ 'content-type': 'application/json' });
    const { response } = await sendWithRetry({
      url: new URL('/jobs', server.origin),
      method: 'POST',
      headers,
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    expect(server.requests.map((request) => [request.method, request.target, request.body])).toEqual([
      ['POST', '/jobs', '{"a":1}'],
      ['GET', '/result', ''],
    ]);
    expect(server.requests[1]!.headers['content-type']).toBeUndefined();
  });
});
