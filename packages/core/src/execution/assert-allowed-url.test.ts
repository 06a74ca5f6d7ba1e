import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { assertAllowedUrl, isBlockedAddress } from './assert-allowed-url.ts';

describe('isBlockedAddress', () => {
  it.each([
    // Cloud metadata and link-local addresses, in every spelling.
    ['169.254.169.254', true],
    ['169.254.0.1', true],
    ['0xa9fea9fe', true],
    ['2852039166', true],
    ['169.254.43518', true],
    ['fd00:ec2::254', true],
    ['[fd00:ec2::254]', true],
    ['[::ffff:169.254.169.254]', true],
    ['::ffff:a9fe:a9fe', true],
    ['fe80::1', true],
    ['metadata.google.internal', true],
    ['METADATA.GOOGLE.INTERNAL.', true],
    ['metadata.goog', true],
    ['100.100.100.200', true],
    // Ordinary hosts and loopback go through.
    ['api.github.com', false],
    ['127.0.0.1', false],
    ['::1', false],
    ['[::1]', false],
    ['localhost', false],
    ['10.0.0.5', false],
    ['169.255.0.1', false],
  ])('%s is blocked: %s', (host, blocked) => {
    expect(isBlockedAddress(host)).toBe(blocked);
  });
});

describe('assertAllowedUrl', () => {
  it('accepts URLs on the base URL’s origin, including loopback bases', () => {
    assertAllowedUrl(new URL('https://api.github.com/repos/a/b?x=1'), 'https://api.github.com');
    assertAllowedUrl(new URL('http://127.0.0.1:4010/v1/items'), 'http://127.0.0.1:4010/v1');
  });

  it('refuses another host, port or scheme', () => {
    expect(() => assertAllowedUrl(new URL('https://evil.example/'), 'https://api.github.com')).toThrow(
      'Refused to call https://evil.example: this toolkit may only call https://api.github.com, its base URL.',
    );
    expect(() => assertAllowedUrl(new URL('http://127.0.0.1:81/'), 'http://127.0.0.1:80')).toThrow(
      ValidationError,
    );
    expect(() => assertAllowedUrl(new URL('http://api.github.com/'), 'https://api.github.com')).toThrow(
      ValidationError,
    );
  });

  it('refuses a base URL that points at a metadata address', () => {
    expect(() =>
      assertAllowedUrl(new URL('http://169.254.169.254/latest/meta-data/'), 'http://169.254.169.254'),
    ).toThrow(/cloud metadata and link-local addresses cannot be reached/);
  });
});
