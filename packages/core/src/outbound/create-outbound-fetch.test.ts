import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { rejectionOf } from '../test-support/rejection-of.ts';
import { createOutboundFetch, type ResolveHost } from './create-outbound-fetch.ts';

let canary: Server;
let port: number;
const hits: string[] = [];

beforeAll(async () => {
  canary = createServer((request, response) => {
    hits.push(request.headers.host ?? '');
    response.end('canary');
  });
  canary.listen(0, '127.0.0.1');
  await once(canary, 'listening');
  port = (canary.address() as AddressInfo).port;
});
afterAll(() => {
  canary.close();
});

/** A resolver that answers from a table, as a rebinding DNS server would. */
function fakeDns(table: Record<string, string[]>): ResolveHost {
  return async (hostname) =>
    (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
}

/** The OutboundRequestRefusedError `promise` rejects with. */
function refusal(promise: Promise<unknown>): Promise<OutboundRequestRefusedError> {
  return rejectionOf(promise, OutboundRequestRefusedError.isInstance);
}

describe('createOutboundFetch', () => {
  it('refuses loopback without allowPrivateNetwork, by literal and by what a name resolves to', async () => {
    const outbound = createOutboundFetch({
      policy: { allowPrivateNetwork: false },
      resolve: fakeDns({ 'api.example.test': ['127.0.0.1'] }),
    });
    const before = hits.length;
    expect((await refusal(outbound.fetch(`http://127.0.0.1:${port}/`))).reason).toBe('loopback');
    expect((await refusal(outbound.fetch(`http://[::ffff:127.0.0.1]:${port}/`))).reason).toBe('loopback');
    expect((await refusal(outbound.fetch(`http://api.example.test:${port}/`))).reason).toBe('loopback');
    expect(hits.length).toBe(before);
    await outbound.close();
  });

  it('connects to the address it checked and keeps the name in the Host header', async () => {
    const warnings: string[] = [];
    const outbound = createOutboundFetch({
      policy: { allowPrivateNetwork: true, onPrivateNetwork: (address) => warnings.push(address) },
      resolve: fakeDns({ 'api.example.test': ['127.0.0.1'] }),
    });
    const response = await outbound.fetch(`http://api.example.test:${port}/x`);
    expect(await response.text()).toBe('canary');
    expect(hits.at(-1)).toBe(`api.example.test:${port}`);
    expect(warnings).toContain('127.0.0.1');
    await outbound.close();
  });

  it('refuses metadata addresses even when private networks are allowed, also through DNS', async () => {
    const outbound = createOutboundFetch({
      policy: { allowPrivateNetwork: true },
      resolve: fakeDns({
        '169.254.169.254.nip.io': ['169.254.169.254'],
        'mixed.example.test': ['127.0.0.1', 'fd00:ec2::254'],
      }),
    });
    const before = hits.length;
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://[64:ff9b::a9fe:a9fe]/',
      'http://[2002:a9fe:a9fe::]/',
      'http://[::169.254.169.254]/',
      'http://[2001:0:4136:e378:8000:63bf:5601:5601]/',
      'http://metadata.google.internal/',
      'http://169.254.169.254.nip.io/',
      `http://mixed.example.test:${port}/`,
    ]) {
      expect((await refusal(outbound.fetch(url))).reason, url).toBe('metadata');
    }
    expect((await refusal(outbound.fetch('file:///etc/passwd'))).reason).toBe('scheme');
    expect(hits.length).toBe(before);
    await outbound.close();
  });

  it('checks every connection of a redirect chain, not only the first URL', async () => {
    const redirector = createServer((_request, response) => {
      response.writeHead(302, { location: `http://rebound.example.test:${port}/` }).end();
    });
    redirector.listen(0, '127.0.0.1');
    await once(redirector, 'listening');
    const outbound = createOutboundFetch({
      policy: { allowPrivateNetwork: true },
      resolve: fakeDns({ 'rebound.example.test': ['169.254.169.254'] }),
    });
    const redirectorUrl = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/`;
    expect((await refusal(outbound.fetch(redirectorUrl))).reason).toBe('metadata');
    redirector.close();
    await outbound.close();
  });
});

describe("createOutboundFetch's send (what HTTP tools are sent with)", () => {
  /** A server that records each request's headers and body and answers as `answer` says. */
  async function recorder(answer: (path: string, response: ServerResponse) => void) {
    const seen: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const server = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      seen.push({ headers: request.headers, body });
      answer(request.url ?? '/', response);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { seen, origin, close: () => server.close() };
  }

  it('goes by the same outbound policy as fetch', async () => {
    const outbound = createOutboundFetch({
      policy: { allowPrivateNetwork: false },
      resolve: fakeDns({ 'api.example.test': ['127.0.0.1'], 'meta.example.test': ['169.254.169.254'] }),
    });
    const before = hits.length;
    const send = (url: string) => outbound.send(new URL(url), { method: 'GET' });
    expect((await refusal(send(`http://127.0.0.1:${port}/`))).reason).toBe('loopback');
    expect((await refusal(send(`http://api.example.test:${port}/`))).reason).toBe('loopback');
    expect((await refusal(send(`http://meta.example.test:${port}/`))).reason).toBe('metadata');
    expect((await refusal(send('file:///etc/passwd'))).reason).toBe('scheme');
    expect(hits.length).toBe(before);
    await outbound.close();
  });

  it("sends fetch's accept, user agent and accept-encoding unless the request sets its own", async () => {
    const server = await recorder((_path, response) => response.end('ok'));
    const outbound = createOutboundFetch({ policy: { allowPrivateNetwork: true } });
    const plain = await outbound.send(new URL(`${server.origin}/a`), { method: 'POST', body: 'hello' });
    expect(await plain.text()).toBe('ok');
    expect(server.seen[0]).toMatchObject({
      body: 'hello',
      headers: {
        accept: '*/*',
        'user-agent': 'node',
        'accept-encoding': 'gzip, deflate',
        'content-type': 'text/plain;charset=UTF-8',
      },
    });
    const own = new Headers({ Accept: 'application/vnd.github+json', 'User-Agent': 'my-app/1.0' });
    await (await outbound.send(new URL(`${server.origin}/b`), { method: 'GET', headers: own })).text();
    expect(server.seen[1]!.headers).toMatchObject({
      accept: 'application/vnd.github+json',
      'user-agent': 'my-app/1.0',
    });
    server.close();
    await outbound.close();
  });

  it('decodes gzip, deflate, brotli and stacked codings, and leaves a coding it does not know as it came', async () => {
    const json = JSON.stringify({ packed: true });
    const bodies: Record<string, [string, Buffer]> = {
      '/gzip': ['gzip', gzipSync(json)],
      '/deflate': ['deflate', deflateSync(json)],
      '/br': ['br', brotliCompressSync(json)],
      '/both': ['gzip, br', brotliCompressSync(gzipSync(json))],
      '/unknown': ['x-custom', Buffer.from(json)],
      '/many': ['gzip, gzip, gzip, gzip, gzip, gzip', Buffer.from(json)],
    };
    const server = await recorder((path, response) => {
      const [coding, body] = bodies[path]!;
      response.writeHead(200, { 'content-encoding': coding, 'content-length': String(body.length) });
      response.end(body);
    });
    const outbound = createOutboundFetch({ policy: { allowPrivateNetwork: true } });
    for (const path of ['/gzip', '/deflate', '/br', '/both']) {
      const response = await outbound.send(new URL(`${server.origin}${path}`), { method: 'GET' });
      expect(await response.text(), path).toBe(json);
      // They described the bytes on the wire.
      expect(response.headers.get('content-encoding'), path).toBeNull();
      expect(response.headers.get('content-length'), path).toBeNull();
    }
    const unknown = await outbound.send(new URL(`${server.origin}/unknown`), { method: 'GET' });
    expect(unknown.headers.get('content-encoding')).toBe('x-custom');
    expect(await unknown.text()).toBe(json);
    await expect(outbound.send(new URL(`${server.origin}/many`), { method: 'GET' })).rejects.toThrow(
      'too many content codings in the answer: 6, at most 5',
    );
    server.close();
    await outbound.close();
  });

  it('reads a long answer chunk by chunk, joins repeated headers and follows no redirect', async () => {
    const server = await recorder((path, response) => {
      if (path === '/moved') {
        response.writeHead(302, { location: '/elsewhere' }).end();
        return;
      }
      response.setHeader('x-tag', ['a', 'b']);
      response.write('x'.repeat(100_000));
      response.end('y');
    });
    const outbound = createOutboundFetch({ policy: { allowPrivateNetwork: true } });
    const moved = await outbound.send(new URL(`${server.origin}/moved`), { method: 'GET' });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/elsewhere');
    await moved.body?.cancel();
    const long = await outbound.send(new URL(`${server.origin}/long`), { method: 'GET' });
    expect(long).toMatchObject({ status: 200, ok: true });
    expect(long.headers.get('x-tag')).toBe('a, b');
    const reader = long.body!.getReader();
    let length = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      length += chunk.value.length;
    expect(length).toBe(100_001);
    expect(server.seen.map((request) => request.headers.host)).toHaveLength(2);
    server.close();
    await outbound.close();
  });
});
