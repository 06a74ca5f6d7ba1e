import { describe, expect, it } from 'vitest';
import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { checkOutboundAddress, classifyHost } from './outbound-policy.ts';

describe('classifyHost', () => {
  it('classifies names and every spelling of an address, asked once or again and again', () => {
    const cases: Array<[string, ReturnType<typeof classifyHost>]> = [
      ['169.254.169.254', 'metadata'],
      ['[fd00:ec2::254]', 'metadata'],
      ['Metadata.Google.Internal.', 'metadata'],
      ['127.0.0.1', 'loopback'],
      ['api.localhost', 'loopback'],
      ['10.1.2.3', 'private'],
      ['api.github.com', 'public'],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [host, kind] of cases) expect(classifyHost(host)).toBe(kind);
    }
  });

  it('still answers right after more hosts than it keeps', () => {
    for (let index = 0; index < 1_100; index++) expect(classifyHost(`host-${index}.example`)).toBe('public');
    expect(classifyHost('169.254.169.254')).toBe('metadata');
    expect(classifyHost('host-0.example')).toBe('public');
    expect(() => checkOutboundAddress('127.0.0.1', { allowPrivateNetwork: false })).toThrow(
      OutboundRequestRefusedError,
    );
  });
});
