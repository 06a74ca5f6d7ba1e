import type { AuthScheme } from '../toolkit/toolkit-types.ts';
import type { OpenAPIDocument, OpenAPISecurityScheme } from './openapi-types.ts';
import { dereference } from './resolve-ref.ts';

/**
 * Maps a document's `components.securitySchemes` to toolkit auth schemes, in the order of the
 * document-wide `security` requirement first, then the order they are declared. OAuth 2
 * authorization code flows become `oauth2` (scopes: those the document-wide requirement asks for),
 * HTTP bearer and basic keep their mode, header and query API keys become `api_key`. Cookie API keys,
 * OpenID Connect, mutual TLS and the other OAuth flows have no toolkit equivalent and are left out.
 * No usable scheme means `[{ mode: 'none' }]`.
 *
 * @example
 * authFromSecuritySchemes({ openapi: '3.1.0', components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } });
 * // [{ mode: 'api_key', in: 'header', name: 'X-Key' }]
 */
export function authFromSecuritySchemes(document: OpenAPIDocument): AuthScheme[] {
  const declared = document.components?.securitySchemes ?? {};
  const requirements = Array.isArray(document.security) ? document.security : [];
  const requiredScopes = new Map<string, string[]>();
  for (const requirement of requirements) {
    for (const [name, scopes] of Object.entries(requirement ?? {})) {
      requiredScopes.set(name, [
        ...(requiredScopes.get(name) ?? []),
        ...(Array.isArray(scopes) ? scopes : []),
      ]);
    }
  }
  const names = [...new Set([...requiredScopes.keys(), ...Object.keys(declared)])];
  const schemes: AuthScheme[] = [];
  for (const name of names) {
    const entry = declared[name];
    const scheme = entry && dereference<OpenAPISecurityScheme>(document, entry);
    const mapped = scheme && mapScheme(scheme, [...new Set(requiredScopes.get(name) ?? [])]);
    if (mapped && !schemes.some((existing) => JSON.stringify(existing) === JSON.stringify(mapped))) {
      schemes.push(mapped);
    }
  }
  return schemes.length > 0 ? schemes : [{ mode: 'none' }];
}

function mapScheme(scheme: OpenAPISecurityScheme, scopes: string[]): AuthScheme | undefined {
  if (scheme.type === 'oauth2') {
    const flow = scheme.flows?.authorizationCode;
    if (!flow?.authorizationUrl || !flow.tokenUrl) return undefined;
    return {
      mode: 'oauth2',
      authorizationUrl: flow.authorizationUrl,
      tokenUrl: flow.tokenUrl,
      ...(scopes.length > 0 ? { scopes } : {}),
    };
  }
  if (scheme.type === 'http') {
    const kind = scheme.scheme?.toLowerCase();
    if (kind === 'bearer') return { mode: 'bearer' };
    if (kind === 'basic') return { mode: 'basic' };
    return undefined;
  }
  if (scheme.type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query') && scheme.name) {
    return { mode: 'api_key', in: scheme.in, name: scheme.name };
  }
  return undefined;
}
