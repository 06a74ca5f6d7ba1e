/** One address an attacker might give as a base URL, token URL or document server. */
export interface OutboundEntry {
  /** The host as written in the URL (`[64:ff9b::a9fe:a9fe]`, `0x7f000001`, `169.254.169.254.nip.io`). */
  host: string;
  /** What it really reaches. */
  kind: 'loopback' | 'private' | 'metadata';
  /** The IPv4 address behind it, when there is one (a name resolves to it in the tests' DNS). */
  target?: string;
  /** Needs DNS to mean anything (a wildcard DNS name): only the resolver-level checks use it. */
  dns?: boolean;
}

const targets: Array<[string, OutboundEntry['kind']]> = [
  ['127.0.0.1', 'loopback'],
  ['127.0.0.2', 'loopback'],
  ['127.1.2.3', 'loopback'],
  ['0.0.0.0', 'loopback'],
  ['10.0.0.1', 'private'],
  ['10.255.255.254', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.254', 'private'],
  ['192.168.0.1', 'private'],
  ['192.168.255.254', 'private'],
  ['100.64.0.1', 'private'],
  ['169.254.169.254', 'metadata'],
  ['169.254.170.2', 'metadata'],
  ['169.254.0.1', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['168.63.129.16', 'metadata'],
  ['192.0.0.192', 'metadata'],
];

function octets(ip: string): number[] {
  return ip.split('.').map(Number);
}

function hex16(ip: string): [string, string] {
  const [a, b, c, d] = octets(ip) as [number, number, number, number];
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

/** The spellings of one IPv4 address that URL parsers or IPv6 stacks take to mean it. */
function spellings(ip: string): Array<{ host: string; dns?: boolean }> {
  const [a, b, c, d] = octets(ip) as [number, number, number, number];
  const integer = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
  const [high, low] = hex16(ip);
  const inverted = [(~((a << 8) | b) & 0xffff).toString(16), (~((c << 8) | d) & 0xffff).toString(16)];
  return [
    { host: ip },
    { host: String(integer) },
    { host: `0x${integer.toString(16)}` },
    { host: [a, b, c, d].map((part) => `0${part.toString(8)}`).join('.') },
    { host: [a, b, c, d].map((part) => `0x${part.toString(16)}`).join('.') },
    { host: `${a}.${(b << 16) + (c << 8) + d}` },
    { host: `${a}.${b}.${(c << 8) + d}` },
    { host: `[::ffff:${ip}]` },
    { host: `[::ffff:${high}:${low}]` },
    { host: `[0:0:0:0:0:ffff:${high}:${low}]` },
    { host: `[::${ip}]` },
    { host: `[::ffff:0:${high}:${low}]` },
    { host: `[64:ff9b::${ip}]` },
    { host: `[64:ff9b::${high}:${low}]` },
    { host: `[64:ff9b:1::${high}:${low}]` },
    { host: `[2002:${high}:${low}::]` },
    { host: `[2002:${high}:${low}::1]` },
    { host: `[2001:0:${high}:${low}::1]` },
    { host: `[2001:0:4136:e378:8000:63bf:${inverted[0]}:${inverted[1]}]` },
    { host: `${ip}.nip.io`, dns: true },
    { host: `${a}-${b}-${c}-${d}.sslip.io`, dns: true },
  ];
}

/**
 * At least 300 hosts, in the classes an attack run tried: loopback, private and metadata
 * addresses in decimal, hex, octal and short IPv4 forms, IPv4-mapped and -compatible IPv6, NAT64
 * (well-known and local-use), 6to4, Teredo (server and client), RFC 6145, wildcard DNS names, and
 * the native IPv6 and well-known names of each class.
 */
export function outboundCorpus(): OutboundEntry[] {
  const entries: OutboundEntry[] = [];
  for (const [ip, kind] of targets) {
    for (const spelling of spellings(ip)) entries.push({ ...spelling, kind, target: ip });
  }
  for (const host of ['[::1]', '[0:0:0:0:0:0:0:1]', '[::]', 'localhost', 'LOCALHOST.', 'api.localhost']) {
    entries.push({ host, kind: 'loopback' });
  }
  for (const host of ['[fc00::1]', '[fd12:3456:789a::1]', '[fec0::1]'])
    entries.push({ host, kind: 'private' });
  for (const host of [
    '[fd00:ec2::254]',
    '[fe80::1]',
    '[fe80::a9fe:a9fe]',
    'metadata.google.internal',
    'METADATA.GOOGLE.INTERNAL.',
    'metadata.goog',
    'metadata',
    'instance-data',
    'instance-data.ec2.internal',
  ]) {
    entries.push({ host, kind: 'metadata' });
  }
  return entries;
}
