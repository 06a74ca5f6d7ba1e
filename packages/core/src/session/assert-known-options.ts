import { ValidationError } from '../errors/validation-error.ts';

/**
 * Refuses option keys a method does not know, so a misspelt or foreign option (`timeout` where
 * `timeoutMs` is meant) fails loudly instead of being ignored.
 *
 * @example
 * assertKnownOptions(options, ['callbackUrl', 'alias'], 'authorize');
 */
export function assertKnownOptions(options: unknown, allowed: readonly string[], method: string): void {
  if (options === undefined || options === null) return;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError({ field: 'options', message: `${method}() options must be an object.` });
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new ValidationError({
        field: key,
        message: `Unknown ${method}() option '${key}'. Allowed options: ${allowed.join(', ')}.`,
      });
    }
  }
}
