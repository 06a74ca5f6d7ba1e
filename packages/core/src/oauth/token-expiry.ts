/** The longest access token lifetime believed: a longer `expires_in` is clamped to it. */
export const MAX_TOKEN_LIFETIME_SECONDS = 365 * 24 * 60 * 60;

/**
 * When a token granted at `now` expires, from a token answer's `expires_in`, read defensively:
 * a number or a numeric string of seconds; absent, zero, negative or unreadable values mean "not
 * said" (undefined); absurd ones (`1e13`, past what a Date can hold) are clamped to a year, so a
 * provider's odd answer never throws and never costs the rotated refresh token that came with it.
 *
 * @example
 * tokenExpiry('3600', new Date('2026-01-01T00:00:00Z')); // { expiresAt: '2026-01-01T01:00:00.000Z', obtainedAt: '2026-01-01T00:00:00.000Z' }
 */
export function tokenExpiry(
  expiresIn: unknown,
  now: Date,
): { expiresAt: string; obtainedAt: string } | undefined {
  const seconds =
    typeof expiresIn === 'number'
      ? expiresIn
      : typeof expiresIn === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(expiresIn)
        ? Number(expiresIn)
        : Number.NaN;
  if (!(seconds > 0)) return undefined;
  const lifetime = Math.min(seconds, MAX_TOKEN_LIFETIME_SECONDS);
  return {
    expiresAt: new Date(now.getTime() + Math.round(lifetime * 1000)).toISOString(),
    obtainedAt: now.toISOString(),
  };
}
