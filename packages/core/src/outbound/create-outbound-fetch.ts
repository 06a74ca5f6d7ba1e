import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { assertOutboundUrl } from './assert-outbound-url.ts';
import { checkOutboundAddress, type OutboundPolicy } from './outbound-policy.ts';

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
  close(): Promise<void>;
}

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

function findRefusal(error: unknown): OutboundRequestRefusedError | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (OutboundRequestRefusedError.isInstance(current)) return current;
    current = current.cause;
  }
  return undefined;
}
