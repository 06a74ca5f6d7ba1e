import type { HttpRequestMapping } from '@toolrouter/toolkits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidToolArgumentsError } from '../errors/invalid-tool-arguments-error.ts';
import { buildHttpRequest, type HttpRequest } from './build-http-request.ts';
import { startTestServer, type TestServer } from './test-support/start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function build(request: HttpRequestMapping, args: Record<string, unknown>, prefix = ''): HttpRequest {
  return buildHttpRequest({
    toolSlug: 'ECHO_TOOL',
    request,
    baseUrl: `${server.origin}${prefix}`,
    arguments: args,
  });
}

/** Sends the built request to the local server and returns what it received. */
async function send(request: HttpRequest) {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  await response.text();
  const received = server.requests.at(-1)!;
  return { ...received, query: received.url.searchParams };
}

describe('buildHttpRequest', () => {
  it('fills path placeholders and sends the other fields of a GET as the query', async () => {
    const received = await send(
      build(
        { method: 'GET', path: '/repos/{owner}/{repo}/issues' },
        { owner: 'octo cat', repo: 'hello', state: 'open', page: 2, draft: false },
      ),
    );
    expect(received.method).toBe('GET');
    expect(received.url.pathname).toBe('/repos/octo%20cat/hello/issues');
    expect(received.target).toBe('/repos/octo%20cat/hello/issues?state=open&page=2&draft=false');
    expect(received.body).toBe('');
    expect(received.headers['content-type']).toBeUndefined();
  });

  it('encodes path values so they cannot add segments or change the host', async () => {
    const request = build(
      { method: 'GET', path: '/files/{name}' },
      { name: '../../admin?x=1#top/@evil.example' },
    );
    expect(request.url.origin).toBe(server.origin);
    const received = await send(request);
    expect(received.target).toBe('/files/..%2F..%2Fadmin%3Fx%3D1%23top%2F%40evil.example');
    expect(received.url.searchParams.size).toBe(0);
  });

  it('refuses path values that are missing, empty or dot segments, naming the field', () => {
    const mapping: HttpRequestMapping = { method: 'GET', path: '/repos/{owner}/{repo}' };
    expect(() => build(mapping, { owner: 'octocat' })).toThrow(
      "ECHO_TOOL: field 'repo' is required (it is part of the URL path)",
    );
    expect(() => build(mapping, { owner: '', repo: 'x' })).toThrow("field 'owner' must not be empty");
    expect(() => build(mapping, { owner: '..', repo: 'x' })).toThrow(InvalidToolArgumentsError);
    expect(() => build(mapping, { owner: '.', repo: 'x' })).toThrow("field 'owner' must not be '.' or '..'");
    // Part of a segment, a dot is just a character.
    expect(build({ method: 'GET', path: '/files/{name}.json' }, { name: '.' }).url.pathname).toBe(
      '/files/..json',
    );
  });

  it('repeats the key for query arrays, sends query objects as JSON and skips undefined and null', async () => {
    const received = await send(
      build(
        { method: 'GET', path: '/search' },
        { labels: ['bug', 'ui'], filter: { state: 'open' }, missing: undefined, empty: null, q: 'a&b=c' },
      ),
    );
    expect(received.query.getAll('labels')).toEqual(['bug', 'ui']);
    expect(JSON.parse(received.query.get('filter')!)).toEqual({ state: 'open' });
    expect(received.query.get('q')).toBe('a&b=c');
    expect(received.query.has('missing')).toBe(false);
    expect(received.query.has('empty')).toBe(false);
  });

  it('sends the other fields of a POST as a JSON body, keeping null', async () => {
    const request = build(
      { method: 'POST', path: '/repos/{owner}/{repo}/issues' },
      { owner: 'o', repo: 'r', title: 'Bug', labels: ['a'], milestone: null, assignee: undefined },
    );
    const received = await send(request);
    expect(received.target).toBe('/repos/o/r/issues');
    expect(received.headers['content-type']).toBe('application/json');
    expect(JSON.parse(received.body)).toEqual({ title: 'Bug', labels: ['a'], milestone: null });
  });

  it('follows per-field overrides with wire names for every location', async () => {
    const received = await send(
      build(
        {
          method: 'PATCH',
          path: '/items/{item}',
          parameters: {
            itemId: { in: 'path', name: 'item' },
            dryRun: { in: 'query', name: 'dry_run' },
            version: { in: 'header', name: 'x-api-version' },
            requestId: 'header',
            note: 'body',
            expand: 'query',
          },
        },
        {
          itemId: 'i/1',
          dryRun: true,
          version: '2024-01-01',
          requestId: 'req_9',
          note: 'hi',
          expand: ['a', 'b'],
          name: 'N',
        },
      ),
    );
    expect(received.method).toBe('PATCH');
    expect(received.target).toBe('/items/i%2F1?dry_run=true&expand=a&expand=b');
    expect(received.headers['x-api-version']).toBe('2024-01-01');
    expect(received.headers.requestid).toBe('req_9');
    expect(JSON.parse(received.body)).toEqual({ note: 'hi', name: 'N' });
  });

  it('sends a DELETE’s fields as the query and adds fixed headers', async () => {
    const received = await send(
      build(
        {
          method: 'DELETE',
          path: '/items/{id}',
          headers: { accept: 'application/vnd.github+json', 'x-fixed': '1' },
        },
        { id: 7, force: true },
      ),
    );
    expect(received.method).toBe('DELETE');
    expect(received.target).toBe('/items/7?force=true');
    expect(received.headers.accept).toBe('application/vnd.github+json');
    expect(received.headers['x-fixed']).toBe('1');
  });

  it('sends the bodyField’s value as the whole body, other fields going to the query', async () => {
    const received = await send(
      build(
        { method: 'PUT', path: '/lists/{id}/members', bodyField: 'members' },
        { id: 'l1', members: ['u1', 'u2'], notify: false },
      ),
    );
    expect(received.target).toBe('/lists/l1/members?notify=false');
    expect(JSON.parse(received.body)).toEqual(['u1', 'u2']);
    expect(received.headers['content-type']).toBe('application/json');
  });

  it('form-encodes a body with bracket notation, the way Stripe reads it', async () => {
    const received = await send(
      build(
        { method: 'POST', path: '/v1/checkout/sessions', bodyEncoding: 'form' },
        {
          mode: 'payment',
          line_items: [{ price: 'price_1', quantity: 2 }],
          metadata: { order_id: '6735', note: 'a b&c' },
          expand: ['customer'],
          livemode: false,
          coupon: null,
        },
      ),
    );
    expect(received.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(received.body);
    expect([...form]).toEqual([
      ['mode', 'payment'],
      ['line_items[0][price]', 'price_1'],
      ['line_items[0][quantity]', '2'],
      ['metadata[order_id]', '6735'],
      ['metadata[note]', 'a b&c'],
      ['expand[0]', 'customer'],
      ['livemode', 'false'],
      ['coupon', ''],
    ]);
  });

  it('keeps a base URL path prefix and a query written into the mapping path', async () => {
    const received = await send(
      build({ method: 'GET', path: '/search/issues?sort=created' }, { q: 'is:open' }, '/api/v3/'),
    );
    expect(received.target).toBe('/api/v3/search/issues?sort=created&q=is%3Aopen');
  });

  it('sends no body for a POST without body fields, and keeps a content type the mapping sets', async () => {
    expect(build({ method: 'POST', path: '/ping' }, {}).body).toBeUndefined();
    const request = build(
      { method: 'PATCH', path: '/doc', headers: { 'content-type': 'application/merge-patch+json' } },
      { title: 'x' },
    );
    expect(request.headers.get('content-type')).toBe('application/merge-patch+json');
  });

  it('names the field when a header value cannot be sent', () => {
    expect(() =>
      build({ method: 'GET', path: '/x', parameters: { trace: 'header' } }, { trace: 'a\r\nx-injected: 1' }),
    ).toThrow("field 'trace' cannot be sent as a header");
  });
});

describe('multi-segment path values', () => {
  const request: HttpRequestMapping = {
    method: 'GET',
    path: '/repos/{owner}/{repo}/contents/{path}',
    parameters: { path: { in: 'path', multiSegment: true } },
  };

  it('fills several segments, each encoded on its own', async () => {
    const built = build(request, { owner: 'octo', repo: 'site', path: 'src/my file#1.ts' });
    expect(built.url.pathname).toBe('/repos/octo/site/contents/src/my%20file%231.ts');
    const received = await send(built);
    expect(received.url.pathname).toBe('/repos/octo/site/contents/src/my%20file%231.ts');
  });

  it('still refuses dot and empty segments, and single-segment values keep their slashes encoded', () => {
    for (const path of ['../secrets', 'a/../../b', 'a//b', '.']) {
      expect(() => build(request, { owner: 'o', repo: 'r', path })).toThrow(InvalidToolArgumentsError);
    }
    expect(() => build(request, { owner: 'o', repo: 'r', path: 'a/../../b' })).toThrow(
      /without empty, '.' or '..' segments/,
    );
    const single = build({ method: 'GET', path: '/repos/{owner}/{repo}' }, { owner: 'a/b', repo: 'r' });
    expect(single.url.pathname).toBe('/repos/a%2Fb/r');
  });
});
