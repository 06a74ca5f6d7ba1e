import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
