import { describe, expect, it } from 'vitest';
import { matchesSecret, secretMatcher } from './matches-secret.ts';

describe('matchesSecret / secretMatcher', () => {
  it('accept exactly the secret and refuse anything else, a prefix or nothing included', () => {
    const isKey = secretMatcher('admin-key-0123456789');
    for (const [presented, expected] of [
      ['admin-key-0123456789', true],
      ['admin-key-012345678', false],
      ['admin-key-01234567890', false],
      ['', false],
      [undefined, false],
    ] as const) {
      expect(isKey(presented)).toBe(expected);
      expect(matchesSecret(presented, 'admin-key-0123456789')).toBe(expected);
    }
  });
});
