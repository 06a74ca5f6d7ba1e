import type { OpenAPIServer } from './openapi-types.ts';

/**
 * The absolute URL of a server entry, with its variables replaced by their defaults and no trailing
 * slash. Returns undefined for a missing or relative URL.
 *
 * @example
 * baseUrlFromServer({ url: 'https://{region}.api.example.com/v1/', variables: { region: { default: 'eu' } } });
 * // 'https://eu.api.example.com/v1'
 */
export function baseUrlFromServer(server: OpenAPIServer | undefined): string | undefined {
  if (!server || typeof server.url !== 'string') return undefined;
  const url = server.url
    .replace(/\{([^}]+)\}/g, (placeholder, name: string) => server.variables?.[name]?.default ?? placeholder)
    .replace(/\/+$/, '');
  return URL.canParse(url) && /^https?:$/.test(new URL(url).protocol) ? url : undefined;
}
