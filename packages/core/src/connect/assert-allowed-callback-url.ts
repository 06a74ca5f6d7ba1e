import { ValidationError } from '../errors/validation-error.ts';

/**
 * Checks where a user may be sent after connecting: the URL must have the exact origin of an
 * allowed entry and a path under that entry's path (`https://app.example.com/connected` admits
 * `/connected`, `/connected/done?x=1`, not `/connectedness` or `http://` or another port). Anything
 * else is refused, so a connect link can never redirect to a place the operator did not list.
 *
 * @example
 * assertAllowedCallbackUrl('https://app.example.com/done?tab=2', ['https://app.example.com/done']);
 */
export function assertAllowedCallbackUrl(callbackUrl: string, allowed: readonly string[]): string {
  const url = URL.canParse(callbackUrl) ? new URL(callbackUrl) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw new ValidationError({
      field: 'callbackUrl',
      message: 'callbackUrl must be an absolute http(s) URL without credentials.',
    });
  }
  for (const entry of allowed) {
    const base = new URL(entry);
    if (base.origin !== url.origin) continue;
    const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    if (url.pathname === base.pathname || url.pathname.startsWith(prefix)) return url.href;
  }
  throw new ValidationError({
    field: 'callbackUrl',
    message: `callbackUrl '${url.origin}${url.pathname}' is not allowed. Add its origin and path to the router's allowedCallbackUrls option (or TOOLROUTER_ALLOWED_CALLBACK_URLS, a comma-separated list).`,
  });
}

/** Parses the allow-list (option or comma-separated env value); each entry must be an absolute http(s) URL. */
export function parseAllowedCallbackUrls(entries: readonly string[] | string | undefined): string[] {
  const list = typeof entries === 'string' ? entries.split(',') : (entries ?? []);
  return list
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : undefined;
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new ValidationError({
          field: 'allowedCallbackUrls',
          message: `allowedCallbackUrls entry '${entry}' must be an absolute http(s) URL such as https://app.example.com/connected.`,
        });
      }
      return `${url.origin}${url.pathname}`;
    });
}
