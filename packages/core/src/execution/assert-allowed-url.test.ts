import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { assertAllowedUrl, isBlockedAddress } from './assert-allowed-url.ts';

describe('isBlockedAddress', () => {
  it('blocks cloud metadata and link-local addresses in every spelling', () => {
    for (const host of [
      '169.254.169.254',
      '169.254.0.1',
      '0xa9fea9fe',
      '2852039166',
      '169.254.43518',
      'fd00:ec2::254',
      '[fd00:ec2::254]',
      '[::ffff:169.254.169.254]',
      '::ffff:a9fe:a9fe',
      'fe80::1',
      'metadata.google.internal',
      'METADATA.GOOGLE.INTERNAL.',
      'metadata.goog',
      '100.100.100.200',
    ]) {
      expect(isBlockedAddress(host), host).toBe(true);
    }
  });

  it('lets ordinary hosts and loopback through', () => {
    for (const host of [
      'api.github.com',
      '127.0.0.1',
      '::1',
      '[::1]',
      'localhost',
      '10.0.0.5',
      '169.255.0.1',
    ]) {
      expect(isBlockedAddress(host), host).toBe(false);
    }
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
