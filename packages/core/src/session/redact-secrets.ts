import type { Credentials } from '@toolrouter/toolkits';

/** The secret strings inside credentials (tokens, keys, passwords), longest first. */
export function secretsOf(credentials: Credentials | undefined): string[] {
  if (!credentials) return [];
  const values: string[] = [];
  for (const [key, value] of Object.entries(credentials)) {
    if (typeof value !== 'string' || value.length < 4) continue;
    if (key === 'expiresAt' || key === 'tokenType' || key === 'scope' || key === 'username') continue;
    values.push(value);
  }
  return values.sort((left, right) => right.length - left.length);
}

/** Replaces every occurrence of each secret in `text` with `[REDACTED]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (result.includes(secret)) result = result.split(secret).join('[REDACTED]');
  }
  return result;
}
