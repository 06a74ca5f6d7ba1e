import { BlockList, isIP } from 'node:net';
import { ValidationError } from '../errors/validation-error.ts';

const blockedAddresses = new BlockList();
// Link-local ranges: every cloud's instance metadata service lives here (169.254.169.254).
blockedAddresses.addSubnet('169.254.0.0', 16, 'ipv4');
blockedAddresses.addSubnet('fe80::', 10, 'ipv6');
// AWS IMDS over IPv6, Alibaba Cloud metadata, Azure WireServer.
blockedAddresses.addAddress('fd00:ec2::254', 'ipv6');
blockedAddresses.addAddress('100.100.100.200', 'ipv4');
blockedAddresses.addAddress('168.63.129.16', 'ipv4');

const blockedHostnames = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
]);

/**
 * Whether a host is a cloud metadata or link-local address that no outbound call may reach
 * (169.254.0.0/16, fe80::/10, fd00:ec2::254, `metadata.google.internal`, ...), also when written as
 * an IPv4-mapped IPv6 address. Loopback (127.0.0.1, ::1) is not blocked: operators and tests point
 * base URLs at it. Only the name is checked, not what it resolves to in DNS.
 *
 * @example
 * isBlockedAddress('169.254.169.254'); // true
 * isBlockedAddress('[fd00:ec2::254]'); // true
 * isBlockedAddress('api.github.com'); // false
 */
export function isBlockedAddress(hostname: string): boolean {
  let host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (blockedHostnames.has(host)) return true;
  let version = isIP(host);
  if (version === 0) {
    // Let the URL parser normalise odd IPv4 spellings (`0xa9fea9fe`, `2852039166`, `169.254.43518`).
    try {
      const normalized = new URL(`http://${host.includes(':') ? `[${host}]` : host}/`).hostname;
      host = normalized.startsWith('[') ? normalized.slice(1, -1) : normalized;
    } catch {
      return false;
    }
    if (blockedHostnames.has(host)) return true;
    version = isIP(host);
    if (version === 0) return false;
  }
  return blockedAddresses.check(host, version === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Throws a ValidationError unless `url` is on the same origin (scheme, host and port) as
 * `baseUrl`, the toolkit's configured base URL, and that host is not a blocked metadata address.
 *
 * @example
 * assertAllowedUrl(new URL('https://api.github.com/user'), 'https://api.github.com'); // passes
 * assertAllowedUrl(new URL('https://evil.example/'), 'https://api.github.com'); // throws
 */
export function assertAllowedUrl(url: URL, baseUrl: string): void {
  const base = new URL(baseUrl);
  if (url.origin !== base.origin) {
    throw new ValidationError({
      field: 'url',
      message: `Refused to call ${url.origin}: this toolkit may only call ${base.origin}, its base URL.`,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ValidationError({
      field: 'url',
      message: `Refused to call ${url.origin}: only http and https URLs are allowed.`,
    });
  }
  if (isBlockedAddress(url.hostname)) {
    throw new ValidationError({
      field: 'url',
      message: `Refused to call ${url.origin}: cloud metadata and link-local addresses cannot be reached.`,
    });
  }
}
