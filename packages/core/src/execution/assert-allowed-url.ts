import { ValidationError } from '../errors/validation-error.ts';
import { classifyHost } from '../outbound/outbound-policy.ts';

/**
 * Whether a host is a cloud metadata, link-local or reserved address that no outbound call may
 * reach (169.254.0.0/16, fe80::/10, fd00:ec2::254, `metadata.google.internal`, ...), in every
 * spelling the URL parser accepts and also when embedded in an IPv6 form (IPv4-mapped, NAT64,
 * 6to4, Teredo). Loopback and private ranges are not blocked here: the router's outbound policy
 * (`allowPrivateNetwork`) decides those. Only the name is checked; the outbound fetch checks
 * what it resolves to.
 *
 * @example
 * isBlockedAddress('169.254.169.254'); // true
 * isBlockedAddress('[64:ff9b::a9fe:a9fe]'); // true
 * isBlockedAddress('api.github.com'); // false
 */
export function isBlockedAddress(hostname: string): boolean {
  let host = hostname.trim().toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  try {
    // Let the URL parser normalise odd IPv4 spellings (`0xa9fea9fe`, `2852039166`, `169.254.43518`).
    host = new URL(`http://${host.includes(':') ? `[${host}]` : host}/`).hostname;
  } catch {
    return true;
  }
  const kind = classifyHost(host);
  return kind === 'metadata' || kind === 'reserved';
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
  const base = baseOf(baseUrl);
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
  // Same origin as the base URL, so the same host: judged once per base URL.
  if (base.blocked) {
    throw new ValidationError({
      field: 'url',
      message: `Refused to call ${url.origin}: cloud metadata and link-local addresses cannot be reached.`,
    });
  }
}

/**
 * The origin of recent base URLs and whether their host is blocked: every call of a toolkit checks
 * against the same base URL. 1,024 at most, oldest dropped first.
 */
const recentBases = new Map<string, { origin: string; blocked: boolean }>();

function baseOf(baseUrl: string): { origin: string; blocked: boolean } {
  let base = recentBases.get(baseUrl);
  if (!base) {
    const parsed = new URL(baseUrl);
    base = { origin: parsed.origin, blocked: isBlockedAddress(parsed.hostname) };
    recentBases.set(baseUrl, base);
    if (recentBases.size > 1024) recentBases.delete(recentBases.keys().next().value!);
  }
  return base;
}
