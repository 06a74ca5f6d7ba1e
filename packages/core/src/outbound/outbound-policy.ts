import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { type AddressClass, classifyAddress } from './classify-address.ts';

/** What outbound calls (tool calls, token and revocation requests) may reach. */
export interface OutboundPolicy {
  /** Loopback (127.0.0.0/8, ::1) and private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7). */
  allowPrivateNetwork: boolean;
  /** Called once, the first time a loopback or private address is reached while allowed. */
  onPrivateNetwork?: (address: string) => void;
}

/** Host names that are metadata services or this machine whatever DNS answers. */
const metadataNames = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.internal',
]);

/**
 * Throws an OutboundRequestRefusedError when `address` (an IP address, or a host name before it is
 * resolved) may not be called under `policy`. Names are judged by what they are known to be
 * (`metadata.google.internal`, `localhost`, `*.localhost`); every resolved address is judged again
 * at connection time.
 *
 * @example
 * checkOutboundAddress('169.254.169.254', { allowPrivateNetwork: true }); // throws: metadata
 * checkOutboundAddress('127.0.0.1', { allowPrivateNetwork: false }); // throws: loopback
 */
export function checkOutboundAddress(address: string, policy: OutboundPolicy, host = address): void {
  const kind = classifyHost(address);
  if (kind === 'public') return;
  if ((kind === 'loopback' || kind === 'private') && policy.allowPrivateNetwork) {
    policy.onPrivateNetwork?.(address);
    return;
  }
  const what =
    kind === 'metadata'
      ? 'a cloud metadata or link-local address, which is never called'
      : kind === 'reserved'
        ? 'a reserved or non-unicast address, which is never called'
        : `a ${kind} address; set allowPrivateNetwork (TOOLROUTER_ALLOW_PRIVATE_NETWORK=true) to allow it`;
  throw new OutboundRequestRefusedError({
    address,
    reason: kind,
    message: `Refused to call ${host}${host === address ? '' : ` (${address})`}: it is ${what}.`,
  });
}

/**
 * Hosts classified lately: every tool call checks its toolkit's host twice (the URL, then the
 * outbound fetch), always the same few names. 1,024 at most, oldest dropped first.
 */
const recentHosts = new Map<string, AddressClass>();

/** `classifyAddress` for IP addresses; for names, what the name is known to be (`public` when unknown). */
export function classifyHost(host: string): AddressClass {
  let kind = recentHosts.get(host);
  if (kind === undefined) {
    kind = classifyUncached(host);
    recentHosts.set(host, kind);
    if (recentHosts.size > 1024) recentHosts.delete(recentHosts.keys().next().value!);
  }
  return kind;
}

function classifyUncached(host: string): AddressClass {
  let name = host.trim().toLowerCase();
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1);
  if (name.includes(':') || /^[\d.]+$/.test(name) || /^0x/.test(name)) return classifyAddress(name);
  name = name.replace(/\.$/, '');
  if (metadataNames.has(name)) return 'metadata';
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  return 'public';
}
