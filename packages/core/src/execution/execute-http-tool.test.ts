import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidToolArgumentsError } from '../errors/invalid-tool-arguments-error.ts';
import { createOutboundFetch } from '../outbound/create-outbound-fetch.ts';
import type { SendUpstream } from '../outbound/upstream-response.ts';
import { type ExecuteHttpToolOptions, executeHttpTool } from './execute-http-tool.ts';
import { startTestServer, type TestServer } from './test-support/start-test-server.ts';

let github: TestServer;
let attemptsOnFlaky = 0;

beforeAll(async () => {
  // A small GitHub-shaped API: repos, documented error bodies, an echo, and misbehaving routes.
  github = await startTestServer((request, response) => {
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    const path = request.url.pathname;
    if (request.headers.authorization !== 'Bearer ghp_valid_token_123') {
      return json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    if (path === '/repos/octocat/hello-world') return json(200, { id: 1, full_name: 'octocat/hello-world' });
    if (path === '/repos/octocat/missing') {
      return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    if (path === '/repos/octocat/hello-world/issues' && request.method === 'POST') {
      return json(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', code: 'missing_field' }],
      });
    }
    if (path === '/echo') return json(200, { authorization: request.headers.authorization });
    if (path === '/rate-limited')
      return json(429, { message: 'API rate limit exceeded' }, { 'retry-after': '60' });
    if (path === '/primary-limit') {
      return json(
        403,
        {
          message: 'API rate limit exceeded for user ID 1.',
          documentation_url: 'https://docs.github.com/rest',
        },
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 120),
        },
      );
    }
    if (path === '/secondary-limit') {
      return json(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '30' });
    }
    if (path === '/forbidden') {
      return json(
        403,
        { message: 'Resource not accessible by integration' },
        { 'x-ratelimit-remaining': '4999' },
      );
    }
    if (path === '/flaky') {
      attemptsOnFlaky++;
      return attemptsOnFlaky === 1 ? json(503, { message: 'try again' }) : json(200, { ok: true });
    }
    if (path === '/search') {
      return json(200, {
        total_count: 3_000,
        items: Array.from({ length: 3_000 }, (_, id) => ({ id, name: `repo-${id}` })),
      });
    }
    if (path === '/slow-body') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":');
      return; // never finishes
    }
    if (path === '/gzip') {
      const missing = request.url.searchParams.has('missing');
      const body = missing ? { message: 'Not Found' } : { id: 7, name: 'packed' };
      response.writeHead(missing ? 404 : 200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      });
      return response.end(gzipSync(JSON.stringify(body)));
    }
    if (path === '/moved') {
      response.writeHead(302, { location: 'https://objects.example.com/file.tar.gz' });
      return response.end();
    }
    json(200, { path });
  });
});
afterAll(() => github.close());

/** The router's own sender (undici's request on the guarded agent); every case runs through it and through fetch. */
const outbound = createOutboundFetch({ policy: { allowPrivateNetwork: true } });
afterAll(() => outbound.close());
let currentSend: SendUpstream | undefined;

function run(overrides: Partial<ExecuteHttpToolOptions> & Pick<ExecuteHttpToolOptions, 'request'>) {
  return executeHttpTool({
    toolSlug: 'GITHUB_TEST',
    toolkitName: 'GitHub',
    baseUrl: github.origin,
    arguments: {},
    auth: { scheme: { mode: 'bearer' }, credentials: { token: 'ghp_valid_token_123' } },
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
    ...(currentSend ? { send: currentSend } : {}),
    ...overrides,
  });
}

describe.each([
  { sender: 'fetch', send: undefined },
  { sender: "the router's send (undici request)", send: outbound.send },
])('executeHttpTool through $sender', ({ send }) => {
  beforeAll(() => {
    currentSend = send;
  });

  it('returns the parsed body of a successful call', async () => {
    const result = await run({
      request: { method: 'GET', path: '/repos/{owner}/{repo}' },
      arguments: { owner: 'octocat', repo: 'hello-world' },
    });
    expect(result).toEqual({
      successful: true,
      data: { id: 1, full_name: 'octocat/hello-world' },
      error: null,
      status: 200,
      attempts: 1,
      trimmed: false,
    });
  });

  it('reports an upstream 404 with the vendor’s message, the body as data', async () => {
    const result = await run({
      request: { method: 'GET', path: '/repos/{owner}/{repo}' },
      arguments: { owner: 'octocat', repo: 'missing' },
    });
    expect(result.successful).toBe(false);
    expect(result.status).toBe(404);
    expect(result.error).toBe('GitHub answered 404 Not Found: Not Found');
    expect(result.data).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  });

  it('keeps the status of a 401 so the caller can refresh the token and try again', async () => {
    const result = await run({
      request: { method: 'GET', path: '/repos/octocat/hello-world' },
      auth: { scheme: { mode: 'bearer' }, credentials: { token: 'ghp_expired_token_9' } },
    });
    expect(result).toMatchObject({
      successful: false,
      status: 401,
      error: 'GitHub answered 401 Unauthorized: Bad credentials',
    });
  });

  it('does not retry a failed POST', async () => {
    const result = await run({
      request: { method: 'POST', path: '/repos/{owner}/{repo}/issues' },
      arguments: { owner: 'octocat', repo: 'hello-world', body: 'no title' },
    });
    expect(result).toMatchObject({
      status: 422,
      attempts: 1,
      error: 'GitHub answered 422 Unprocessable Entity: Validation Failed',
    });
  });

  it('retries a 503 on GET and reports the attempts', async () => {
    attemptsOnFlaky = 0;
    const result = await run({ request: { method: 'GET', path: '/flaky' } });
    expect(result).toMatchObject({ successful: true, status: 200, attempts: 2, data: { ok: true } });
  });

  it('says when to come back after a 429 it could not wait out', async () => {
    const result = await run({ request: { method: 'GET', path: '/rate-limited' } });
    expect(result).toMatchObject({ status: 429, attempts: 1 });
    expect(result.error).toBe(
      'GitHub answered 429 Too Many Requests: API rate limit exceeded (retry after 60 s)',
    );
  });

  it("recognises GitHub's 403 rate limits (primary and secondary) as a typed rate_limited result with the retry time", async () => {
    const primary = await run({ request: { method: 'GET', path: '/primary-limit' } });
    expect(primary).toMatchObject({
      successful: false,
      status: 403,
      data: {
        error: {
          type: 'rate_limited',
          retry_at: expect.any(String),
          retry_after_seconds: expect.any(Number),
        },
        response: { message: 'API rate limit exceeded for user ID 1.' },
      },
    });
    const { retry_after_seconds: seconds } = (primary.data as { error: { retry_after_seconds: number } })
      .error;
    expect(seconds).toBeGreaterThan(100);
    expect(seconds).toBeLessThanOrEqual(121);
    expect(primary.error).toMatch(
      /GitHub answered 403 Forbidden: API rate limit exceeded .*\(GitHub rate limit: retry after \d+ s \(at /,
    );
    const secondary = await run({ request: { method: 'GET', path: '/secondary-limit' } });
    expect(secondary.data).toMatchObject({ error: { type: 'rate_limited', retry_after_seconds: 30 } });
    const limited = await run({ request: { method: 'GET', path: '/rate-limited' } });
    expect(limited.data).toMatchObject({ error: { type: 'rate_limited', retry_after_seconds: 60 } });
    // A 403 for missing permissions is not a rate limit.
    const forbidden = await run({ request: { method: 'GET', path: '/forbidden' } });
    expect(forbidden.data).toEqual({ message: 'Resource not accessible by integration' });
  });

  it('redacts a token the upstream echoes back', async () => {
    const result = await run({ request: { method: 'GET', path: '/echo' } });
    expect(result.data).toEqual({ authorization: 'Bearer [REDACTED]' });
    expect(JSON.stringify(result)).not.toContain('ghp_valid_token_123');
  });

  it('trims a result too big for the model and says so', async () => {
    const result = await run({ request: { method: 'GET', path: '/search' }, maxResultChars: 5_000 });
    expect(result.successful).toBe(true);
    expect(result.trimmed).toBe(true);
    expect(JSON.stringify(result.data).length).toBeLessThanOrEqual(5_000);
    expect(result.data).toMatchObject({ _toolrouter_note: expect.any(String), total_count: 3_000 });
  });

  it('turns a timeout, also while reading the body, into a failed result without a status', async () => {
    const result = await run({ request: { method: 'GET', path: '/slow-body' }, timeoutMs: 200 });
    expect(result).toMatchObject({ successful: false, status: null, data: null, attempts: 1 });
    expect(result.error).toBe(
      'GitHub did not answer GITHUB_TEST within 200 ms. Try again later, or ask for less data at once.',
    );
  });

  it('turns an unreachable host into a failed result without a status', async () => {
    const closed = await startTestServer();
    await closed.close();
    const result = await run({ baseUrl: closed.origin, request: { method: 'POST', path: '/x' } });
    expect(result).toMatchObject({ successful: false, status: null, attempts: 1 });
    expect(result.error).toBe(
      `GitHub (GITHUB_TEST) failed: could not reach ${new URL(closed.origin).host}: connection refused. Try again later, or tell the user if it keeps failing.`,
    );
  });

  it('says a TLS handshake failed when the host does not speak TLS', async () => {
    const plain = await startTestServer();
    const result = await run({
      baseUrl: plain.origin.replace('http:', 'https:'),
      request: { method: 'GET', path: '/x' },
    });
    await plain.close();
    expect(result).toMatchObject({ successful: false, status: null });
    expect(result.error).toMatch(/could not reach 127\.0\.0\.1:\d+: TLS error \(ERR_SSL_[A-Z_]+\)/);
  });

  it('decodes a gzip answer, an error answer too', async () => {
    const found = await run({ request: { method: 'GET', path: '/gzip' } });
    expect(found).toMatchObject({ successful: true, status: 200, data: { id: 7, name: 'packed' } });
    const missing = await run({ request: { method: 'GET', path: '/gzip' }, arguments: { missing: 'yes' } });
    expect(missing).toMatchObject({ successful: false, status: 404, data: { message: 'Not Found' } });
    expect(missing.error).toBe('GitHub answered 404 Not Found: Not Found');
  });

  it('does not follow a redirect to another host', async () => {
    const result = await run({ request: { method: 'GET', path: '/moved' } });
    expect(result).toMatchObject({ successful: false, status: 302 });
    expect(result.error).toBe(
      "GitHub answered 302 Found: a redirect to https://objects.example.com, which is not the toolkit's host, so it was not followed.",
    );
  });

  it('rethrows when the caller aborts, and throws for arguments the mapping cannot use', async () => {
    const controller = new AbortController();
    const pending = run({ request: { method: 'GET', path: '/slow-body' }, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('caller gave up')), 50);
    await expect(pending).rejects.toThrow('caller gave up');
    await expect(run({ request: { method: 'GET', path: '/repos/{owner}' } })).rejects.toThrow(
      InvalidToolArgumentsError,
    );
  });
});
