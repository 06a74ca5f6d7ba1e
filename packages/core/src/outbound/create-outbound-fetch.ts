import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { assertOutboundUrl } from './assert-outbound-url.ts';
import { checkOutboundAddress, type OutboundPolicy } from './outbound-policy.ts';
import type { SendUpstream } from './upstream-response.ts';
import { upstreamResponseOf } from './upstream-response-of.ts';

/** Resolves a host name to every address it has, as `dns.lookup(name, { all: true })` does. */
export type ResolveHost = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export interface CreateOutboundFetchOptions {
  policy: OutboundPolicy;
  /** The fetch to send with; it receives the guarded `dispatcher` in `init`. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Default `dns.lookup` with `all: true`. */
  resolve?: ResolveHost;
}

/** A fetch that only connects where the outbound policy allows, and the means to close its sockets. */
export interface OutboundFetch {
  fetch: typeof globalThis.fetch;
  /**
   * The same guarded connections through undici's `request`: what HTTP tools are sent with, since
   * it skips the WHATWG objects fetch builds per call. Follows no redirect; decodes gzip, deflate,
   * brotli (and zstd) answers as fetch does. It sends through the agent itself, not the `fetch` option.
   */
  send: SendUpstream;
  close(): Promise<void>;
}

/**
 * What Node's fetch puts on every request that does not set them, so an upstream sees the same
 * request from `send` as it did from fetch (GitHub, for one, refuses a request without a user agent).
 * Fetch's `accept-language: *` and `sec-fetch-mode: cors` are a browser's and left out.
 */
const DEFAULT_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['accept', '*/*'],
  ['user-agent', 'node'],
  ['accept-encoding', 'gzip, deflate'],
];

const defaultResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Builds the fetch every outbound call of a router goes through. The URL is checked first (scheme,
 * IP literals in every spelling, known metadata names); then, at connection time, the host is
 * resolved, every address it resolves to is checked, and the socket connects to the checked
 * address itself, so a DNS answer that changes between check and connect (rebinding) cannot reach
 * a refused address. The check runs in an undici `Agent` passed as `dispatcher`; a custom `fetch`
 * that does not hand `init.dispatcher` to undici gets the URL check only.
 *
 * @example
 * const outbound = createOutboundFetch({ policy: { allowPrivateNetwork: false } });
 * await outbound.fetch('http://169.254.169.254/'); // rejects with OutboundRequestRefusedError
 */
export function createOutboundFetch({
  policy,
  fetch = globalThis.fetch,
  resolve = defaultResolve,
}: CreateOutboundFetchOptions): OutboundFetch {
  const connect = buildConnector({});
  const agent = new Agent({
    connect: function guardedConnect(options, callback) {
      const hostname = options.hostname;
      const addresses = isIP(hostname)
        ? Promise.resolve([{ address: hostname, family: isIP(hostname) }])
        : resolve(hostname);
      addresses
        .then((resolved) => {
          if (resolved.length === 0) throw new Error(`${hostname} did not resolve to any address.`);
          for (const { address } of resolved) checkOutboundAddress(address, policy, hostname);
          // Connect to the address just checked; TLS still verifies the certificate for the name.
          connect({ ...options, hostname: resolved[0]!.address }, callback);
        })
        .catch((error: Error) => callback(error, null));
    },
  });
  return {
    send: async function sendUpstream(url, init) {
      assertOutboundUrl(url, policy);
      const body = init.body ?? null;
      if (body !== null && typeof body !== 'string') {
        throw new TypeError('send takes a string body (HTTP tools send JSON, form or text).');
      }
      try {
        const answer = await agent.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: (init.method ?? 'GET').toUpperCase() as Dispatcher.HttpMethod,
          headers: requestHeaders(init.headers, body !== null),
          body,
          signal: init.signal ?? null,
        });
        return upstreamResponseOf(answer);
      } catch (error) {
        const refusal = findRefusal(error);
        if (refusal) throw refusal;
        throw error;
      }
    },
    fetch: async function outboundFetch(input, init) {
      const url =
        input instanceof URL ? input : new URL(input instanceof Request ? input.url : String(input));
      assertOutboundUrl(url, policy);
      try {
        return await fetch(input, { ...init, dispatcher: agent } as RequestInit);
      } catch (error) {
        const refusal = findRefusal(error);
        if (refusal) throw refusal;
        throw error;
      }
    },
    close: () => agent.close(),
  };
}

/** The request's headers with fetch's defaults for those it does not set, names in lower case. */
function requestHeaders(given: HeadersInit | undefined, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  for (const [name, value] of given instanceof Headers ? given : new Headers(given)) headers[name] = value;
  for (const [name, value] of DEFAULT_HEADERS) headers[name] ??= value;
  // What fetch says of a string body nobody typed.
  if (hasBody) headers['content-type'] ??= 'text/plain;charset=UTF-8';
  return headers;
}

function findRefusal(error: unknown): OutboundRequestRefusedError | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (OutboundRequestRefusedError.isInstance(current)) return current;
    current = current.cause;
  }
  return undefined;
}
