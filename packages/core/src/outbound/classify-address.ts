import ipaddr from 'ipaddr.js';

/**
 * What an address is to the outbound policy: `public` may be called; `loopback` and `private` only
 * with `allowPrivateNetwork`; `metadata` (cloud instance metadata, link-local) and `reserved`
 * (multicast, broadcast, documentation, unparseable...) never.
 */
export type AddressClass = 'public' | 'loopback' | 'private' | 'metadata' | 'reserved';

const metadataCidrs = [
  '169.254.0.0/16', // link-local: AWS, GCP, Azure, OpenStack metadata at 169.254.169.254
  'fe80::/10', // IPv6 link-local
  'fd00:ec2::/32', // AWS IMDS over IPv6 (fd00:ec2::254)
  '100.100.100.200/32', // Alibaba Cloud metadata
  '168.63.129.16/32', // Azure WireServer
  '192.0.0.192/32', // Oracle Cloud metadata
].map((cidr) => ipaddr.parseCIDR(cidr));

const privateCidrs = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10', // carrier-grade NAT, used inside clouds
  'fc00::/7', // unique local
  'fec0::/10', // deprecated site-local
].map((cidr) => ipaddr.parseCIDR(cidr));

const loopbackCidrs = ['127.0.0.0/8', '0.0.0.0/8', '::1/128', '::/128'].map((cidr) => ipaddr.parseCIDR(cidr));

/** Prefixes whose IPv6 addresses carry an IPv4 address in their last 32 bits. */
const embeddedInLast32 = [
  '::ffff:0:0/96', // IPv4-mapped
  '::ffff:0:0:0/96', // RFC 6145 IPv4-translated
  '64:ff9b::/96', // NAT64 well-known prefix (RFC 6052)
  '64:ff9b:1::/48', // NAT64 local-use prefix (RFC 8215)
  '::/96', // IPv4-compatible (deprecated), ::a.b.c.d
].map((cidr) => ipaddr.parseCIDR(cidr));

const severity: Record<AddressClass, number> = {
  public: 0,
  private: 1,
  loopback: 2,
  reserved: 3,
  metadata: 4,
};

/**
 * Classifies an IP address (`169.254.169.254`, `::ffff:a9fe:a9fe`, `[64:ff9b::7f00:1]`), with IPv4
 * addresses embedded in IPv6 forms (IPv4-mapped and -compatible, NAT64, 6to4, Teredo) unwrapped
 * and judged as what they reach; an address that is not one is `reserved`.
 *
 * @example
 * classifyAddress('64:ff9b::a9fe:a9fe'); // 'metadata'
 * classifyAddress('2002:7f00:1::'); // 'loopback'
 * classifyAddress('140.82.112.3'); // 'public'
 */
export function classifyAddress(address: string): AddressClass {
  let text = address.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (!ipaddr.isValid(text) || text.includes('%')) return 'reserved';
  return classifyParsed(ipaddr.parse(text));
}

function classifyParsed(address: ipaddr.IPv4 | ipaddr.IPv6): AddressClass {
  if (address.kind() === 'ipv6') {
    const ipv6 = address as ipaddr.IPv6;
    const embedded = embeddedAddresses(ipv6);
    if (embedded.length > 0) {
      // Judge the prefix itself too (::/96 holds :: and ::1), then take the worst of all.
      return worst([classifyPlain(ipv6), ...embedded.map(classifyPlain)]);
    }
  }
  return classifyPlain(address);
}

function classifyPlain(address: ipaddr.IPv4 | ipaddr.IPv6): AddressClass {
  if (inAny(address, metadataCidrs)) return 'metadata';
  if (inAny(address, loopbackCidrs)) return 'loopback';
  if (inAny(address, privateCidrs)) return 'private';
  const range = address.range();
  // Embedding prefixes are unwrapped before; anything else not global unicast is never called.
  if (
    range === 'unicast' ||
    range === '6to4' ||
    range === 'teredo' ||
    range === 'rfc6052' ||
    range === 'ipv4Mapped'
  )
    return 'public';
  return 'reserved';
}

function embeddedAddresses(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const bytes = address.toByteArray();
  const ipv4 = (offset: number, mask = 0) =>
    new ipaddr.IPv4(bytes.slice(offset, offset + 4).map((byte) => (byte ^ mask) & 0xff));
  const found: ipaddr.IPv4[] = [];
  const isZeroOrLoopback = bytes.slice(0, 15).every((byte) => byte === 0) && (bytes[15] ?? 0) <= 1;
  if (!isZeroOrLoopback && inAny(address, embeddedInLast32)) found.push(ipv4(12));
  if (address.match(ipaddr.parseCIDR('2002::/16'))) found.push(ipv4(2)); // 6to4: 2002:AABB:CCDD::
  if (address.match(ipaddr.parseCIDR('2001::/32'))) {
    found.push(ipv4(4)); // Teredo server
    found.push(ipv4(12, 0xff)); // Teredo client, stored inverted
  }
  return found;
}

function inAny(
  address: ipaddr.IPv4 | ipaddr.IPv6,
  cidrs: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>,
): boolean {
  return cidrs.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

function worst(classes: AddressClass[]): AddressClass {
  return classes.reduce((a, b) => (severity[b] > severity[a] ? b : a), 'public');
}
