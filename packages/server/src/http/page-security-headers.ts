import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

type ContentSecurityPolicy = NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy'];

/**
 * Hono's `secureHeaders` set to what toolrouter's HTML pages send: the given CSP, no framing, no
 * MIME sniffing, and the page URL never sent to another site. `same-origin` rather than
 * `no-referrer`: under `no-referrer` browsers send `Origin: null` with a form post, and the origin
 * checks would refuse it. A header a response already carries (a redirect's `no-referrer`) is kept,
 * and secureHeaders' other defaults stay off so the pages answer exactly as before.
 *
 * @example
 * app.use('/connect/*', pageSecurityHeaders({ defaultSrc: ["'none'"] }));
 */
export function pageSecurityHeaders(contentSecurityPolicy: ContentSecurityPolicy): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy,
    referrerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    overwrite: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    strictTransportSecurity: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    removePoweredBy: false,
  });
}
