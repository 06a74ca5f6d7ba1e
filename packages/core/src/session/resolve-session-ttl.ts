import { ValidationError } from '../errors/validation-error.ts';

/**
 * The session TTL from `sessionTtlMs`, else `TOOLROUTER_SESSION_TTL_MS`; undefined means no expiry.
 *
 * @example
 * resolveSessionTtl(undefined, { TOOLROUTER_SESSION_TTL_MS: '86400000' }); // 86_400_000
 */
export function resolveSessionTtl(
  sessionTtlMs: number | undefined,
  env: Record<string, string | undefined>,
): number | undefined {
  const text = env.TOOLROUTER_SESSION_TTL_MS?.trim();
  const value = sessionTtlMs ?? (text ? Number(text) : undefined);
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0) {
    throw new ValidationError({
      field: 'sessionTtlMs',
      message: `sessionTtlMs (TOOLROUTER_SESSION_TTL_MS) must be a positive number of milliseconds, not '${sessionTtlMs ?? text}'.`,
    });
  }
  return value;
}
