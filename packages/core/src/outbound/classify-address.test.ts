import { describe, expect, it } from 'vitest';
import { type AddressClass, classifyAddress } from './classify-address.ts';

const cases: Array<[string, AddressClass]> = [
  ['140.82.112.3', 'public'],
  ['2606:4700::1111', 'public'],
  ['127.0.0.1', 'loopback'],
  ['127.255.0.9', 'loopback'],
  ['0.0.0.0', 'loopback'],
  ['::1', 'loopback'],
  ['::', 'loopback'],
  ['[::1]', 'loopback'],
  ['10.1.2.3', 'private'],
  ['172.31.255.1', 'private'],
  ['192.168.0.1', 'private'],
  ['100.64.0.1', 'private'],
  ['fd12:3456::1', 'private'],
  ['169.254.169.254', 'metadata'],
  ['fd00:ec2::254', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['168.63.129.16', 'metadata'],
  ['fe80::1', 'metadata'],
  // IPv4 embedded in IPv6: mapped, compatible, NAT64, 6to4, Teredo (server and inverted client).
  ['::ffff:169.254.169.254', 'metadata'],
  ['::ffff:a9fe:a9fe', 'metadata'],
  ['::169.254.169.254', 'metadata'],
  ['64:ff9b::a9fe:a9fe', 'metadata'],
  ['64:ff9b::169.254.169.254', 'metadata'],
  ['64:ff9b:1::a9fe:a9fe', 'metadata'],
  ['2002:a9fe:a9fe::', 'metadata'],
  ['2001:0:a9fe:a9fe::1', 'metadata'],
  ['2001:0:4136:e378:8000:63bf:5601:5601', 'metadata'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['64:ff9b::7f00:1', 'loopback'],
  ['2002:7f00:1::', 'loopback'],
  ['::ffff:10.0.0.1', 'private'],
  ['64:ff9b::808:808', 'public'],
  ['2002:808:808::1', 'public'],
  ['224.0.0.1', 'reserved'],
  ['255.255.255.255', 'reserved'],
  ['ff02::1', 'reserved'],
  ['not-an-ip', 'reserved'],
  ['fe80::1%eth0', 'reserved'],
];

describe('classifyAddress', () => {
  it.each(cases)('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});
