import type { AuthMode, Credentials } from '@toolrouter/toolkits';
import { ValidationError } from '../errors/validation-error.ts';

const REQUIRED: Record<Exclude<AuthMode, 'none'>, string[]> = {
  api_key: ['apiKey'],
  bearer: ['token'],
  basic: ['username', 'password'],
  oauth2: ['accessToken'],
};

/** Checks that credentials fit an auth mode; the error names fields, never values. */
export function validateAccountCredentials(mode: AuthMode, credentials: unknown): Credentials {
  if (mode === 'none') {
    throw new ValidationError({ field: 'authConfigId', message: 'This auth config needs no credentials.' });
  }
  if (!credentials || typeof credentials !== 'object' || Array.isArray(credentials)) {
    throw new ValidationError({
      field: 'credentials',
      message: `credentials must be an object with ${REQUIRED[mode].join(', ')} for a ${mode} auth config.`,
    });
  }
  const record = credentials as Record<string, unknown>;
  for (const field of REQUIRED[mode]) {
    if (typeof record[field] !== 'string' || record[field] === '') {
      throw new ValidationError({
        field: `credentials.${field}`,
        message: `credentials.${field} (a non-empty string) is required for a ${mode} auth config.`,
      });
    }
  }
  if (
    mode === 'oauth2' &&
    record.expiresAt !== undefined &&
    Number.isNaN(Date.parse(String(record.expiresAt)))
  ) {
    throw new ValidationError({
      field: 'credentials.expiresAt',
      message: 'credentials.expiresAt must be an ISO 8601 date-time.',
    });
  }
  return credentials as Credentials;
}
