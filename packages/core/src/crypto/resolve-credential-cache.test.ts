import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialCipher } from './credential-cipher.ts';
import { resolveCredentialCache } from './resolve-credential-cache.ts';

describe('resolveCredentialCache', () => {
  it('takes the option first, then TOOLROUTER_CREDENTIAL_CACHE, else on', () => {
    expect(resolveCredentialCache(undefined, {})).toBe(true);
    expect(resolveCredentialCache(undefined, { TOOLROUTER_CREDENTIAL_CACHE: 'off' })).toBe(false);
    expect(resolveCredentialCache(undefined, { TOOLROUTER_CREDENTIAL_CACHE: ' ON ' })).toBe(true);
    expect(resolveCredentialCache(true, { TOOLROUTER_CREDENTIAL_CACHE: 'off' })).toBe(true);
    expect(resolveCredentialCache(false, {})).toBe(false);
  });

  it('refuses a value it does not know, naming the variable', () => {
    expect(() => resolveCredentialCache(undefined, { TOOLROUTER_CREDENTIAL_CACHE: 'sometimes' })).toThrow(
      /TOOLROUTER_CREDENTIAL_CACHE must be 'on' or 'off', not 'sometimes'/,
    );
  });

  it('a cipher that keeps nothing still decrypts, and still refuses a value moved to another row', () => {
    const cipher = new CredentialCipher([{ id: 'k1', key: randomBytes(32) }], { keepRecent: false });
    const sealed = cipher.encrypt('secret', 'row:1');
    expect(cipher.decrypt(sealed, 'row:1')).toBe('secret');
    expect(cipher.decrypt(sealed, 'row:1')).toBe('secret');
    expect(() => cipher.decrypt(sealed, 'row:2')).toThrow(/failed authentication/);
  });
});
