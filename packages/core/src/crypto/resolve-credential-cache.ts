import { ValidationError } from '../errors/validation-error.ts';

/**
 * Whether the router keeps recently decrypted credentials in memory (a minute, at most 1,024), from
 * the `credentialCache` option, else `TOOLROUTER_CREDENTIAL_CACHE` (`on`/`off`), else on.
 *
 * @example
 * resolveCredentialCache(undefined, { TOOLROUTER_CREDENTIAL_CACHE: 'off' }); // false
 */
export function resolveCredentialCache(
  option: boolean | undefined,
  env: Record<string, string | undefined>,
): boolean {
  if (option !== undefined) return option;
  const text = env.TOOLROUTER_CREDENTIAL_CACHE?.trim().toLowerCase();
  if (text === undefined || text === '' || ['on', 'true', '1'].includes(text)) return true;
  if (['off', 'false', '0'].includes(text)) return false;
  throw new ValidationError({
    field: 'TOOLROUTER_CREDENTIAL_CACHE',
    message: `TOOLROUTER_CREDENTIAL_CACHE must be 'on' or 'off', not '${env.TOOLROUTER_CREDENTIAL_CACHE}'.`,
  });
}
