import { ToolRouterError } from '@toolrouter/core';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { AnyToolRouter } from '../api/api-context.ts';
import { HttpError } from '../http/api-error.ts';
import { isAllowedOrigin } from '../http/is-allowed-origin.ts';
import { pageSecurityHeaders } from '../http/page-security-headers.ts';
import { readBoundedBody } from '../http/read-bounded-body.ts';
import {
  connectCookieHeader,
  csrfToken,
  isValidCsrfToken,
  newBrowserToken,
  readConnectCookie,
} from './connect-browser-cookie.ts';
import {
  connectErrorPage,
  connectedPage,
  connectFormPage,
  connectionFailedPage,
  linkProblemPage,
} from './connect-pages.ts';
import { PAGE_CONTENT_SECURITY_POLICY, renderPage } from './render-page.ts';

const GENERIC_FAILURE = 'Something went wrong on our side. Try the link again in a moment.';

/** Forms are a few short fields; anything bigger is not one. */
const MAX_FORM_BYTES = 16 * 1024;

export interface ConnectRoutesOptions {
  router: AnyToolRouter;
  /** The server's public URL: its scheme decides whether the connect cookie is Secure. */
  baseUrl: string;
  /** Origins allowed to post the connect form (the server's own public origin, at least). */
  allowedOrigins: ReadonlySet<string>;
  onError: (error: unknown) => void;
}

/**
 * The hosted connect page `/connect/:linkId` (OAuth links redirect to the provider; API key,
 * bearer and basic links show a form that posts back) and the shared OAuth redirect target
 * `/oauth/callback`. Plain server-rendered HTML, no JavaScript; afterwards the browser goes to the
 * link's allow-listed callback URL, or sees a success or failure page.
 *
 * @example
 * app.route('/', connectRoutes({ router, allowedOrigins: new Set(['https://tools.example.com']), onError: console.error, baseUrl }));
 */
export function connectRoutes({ router, allowedOrigins, onError, baseUrl }: ConnectRoutesOptions): Hono {
  const app = new Hono();
  const securityHeaders = pageSecurityHeaders(PAGE_CONTENT_SECURITY_POLICY);
  app.use('/connect/*', securityHeaders);
  app.use('/oauth/callback', securityHeaders);

  app.get('/connect/:linkId', async (context) => {
    const linkId = context.req.param('linkId');
    // The first browser to open a link owns it: its token lives in an HttpOnly cookie.
    const existing = readConnectCookie(context.req.header('cookie'));
    const browser = existing ?? newBrowserToken();
    const withCookie = async (page: Response | Promise<Response>) => {
      const response = await page;
      if (!existing) response.headers.append('set-cookie', connectCookieHeader(browser, baseUrl));
      return response;
    };
    try {
      const link = await router.connect.getLink(linkId, { browser });
      if (link.status !== 'pending') return linkProblemPage(link.status);
      if (link.mode === 'oauth2')
        return await withCookie(redirect(await router.connect.startOAuth(linkId, { browser }), 302));
      return await withCookie(connectFormPage(link, { csrf: csrfToken(browser, linkId) }));
    } catch (error) {
      return errorPage(error, onError);
    }
  });

  app.post('/connect/:linkId', async (context) => {
    const request = context.req.raw;
    if (!isAllowedOrigin(request.headers.get('origin'), allowedOrigins)) {
      return renderPage({
        status: 403,
        title: 'Forbidden',
        heading: 'This form was sent from another site',
        body: html`<p>Open the connect link again and submit the form from its own page.</p>`,
      });
    }
    const linkId = context.req.param('linkId');
    const browser = readConnectCookie(request.headers.get('cookie'));
    let values: Record<string, string>;
    try {
      values = Object.fromEntries(new URLSearchParams(await readBoundedBody(request, MAX_FORM_BYTES)));
    } catch (error) {
      if (error instanceof HttpError)
        return renderPage({
          status: error.status,
          title: 'Too large',
          heading: 'The form was too large',
          body: '',
        });
      throw error;
    }
    const { csrf, ...credentials } = values;
    try {
      const status = (await router.connect.getLink(linkId)).status;
      if (status !== 'pending') return linkProblemPage(status);
      // The form only counts from the browser that opened the link, with that page's CSRF token.
      if (browser === undefined || !isValidCsrfToken(csrf, browser, linkId)) return otherBrowserPage();
      const link = await router.connect.getLink(linkId, { browser });
      if (link.mode === 'oauth2') return redirect(await router.connect.startOAuth(linkId, { browser }), 303);
      try {
        const result = await router.connect.submitCredentials(linkId, credentials, { browser });
        return result.redirectTo ? redirect(result.redirectTo, 303) : connectedPage(link.toolkitName);
      } catch (error) {
        // Missing fields, or credentials the toolkit's check refused: the form again, with the reason.
        if (
          ToolRouterError.isInstance(error) &&
          (error.code === 'VALIDATION_ERROR' || error.code === 'CREDENTIALS_REJECTED')
        ) {
          return connectFormPage(link, {
            error: error.message,
            values: credentials,
            status: 422,
            csrf: csrfToken(browser, linkId),
          });
        }
        throw error;
      }
    } catch (error) {
      return errorPage(error, onError);
    }
  });

  app.get('/oauth/callback', async (context) => {
    const url = new URL(context.req.url);
    const param = (name: string) => url.searchParams.get(name);
    try {
      const result = await router.connect.handleOAuthCallback(
        {
          state: param('state'),
          code: param('code'),
          error: param('error'),
          error_description: param('error_description'),
        },
        // The callback must come back to the browser that started the flow.
        { browser: readConnectCookie(context.req.header('cookie')) ?? '' },
      );
      if (result.redirectTo) return redirect(result.redirectTo, 302);
      if (result.status !== 'ACTIVE') return connectionFailedPage(result.error);
      return connectedPage(await toolkitNameOf(router, result.connectedAccountId));
    } catch (error) {
      return errorPage(error, onError);
    }
  });

  return app;
}

/** A connect link used from a browser that did not open it first. */
function otherBrowserPage(): Promise<Response> {
  return renderPage({
    status: 403,
    title: 'Opened in another browser',
    heading: 'This link belongs to another browser',
    body: html`<p>A connect link only works in the browser that opened it first. Ask your assistant for a new link and open it here.</p>`,
  });
}

function redirect(location: string, status: 302 | 303): Response {
  return new Response(null, {
    status,
    headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}

async function toolkitNameOf(router: AnyToolRouter, connectedAccountId: string): Promise<string | undefined> {
  try {
    const account = await router.connectedAccounts.get(connectedAccountId);
    return (await router.toolkits.get(account.toolkit)).name;
  } catch {
    return undefined;
  }
}

/** The page for an error of the connect flow: link problems get their own page, the rest a generic one. */
function errorPage(error: unknown, onError: (error: unknown) => void): Promise<Response> {
  if (ToolRouterError.isInstance(error)) {
    switch (error.code) {
      case 'CONNECT_LINK_NOT_FOUND':
        return linkProblemPage('not_found');
      case 'CONNECT_LINK_EXPIRED':
        return linkProblemPage('expired');
      case 'CONNECT_LINK_USED':
        return linkProblemPage('used');
      case 'OAUTH_STATE_INVALID':
        return linkProblemPage('state');
      case 'CONNECT_LINK_BROWSER_MISMATCH':
        return otherBrowserPage();
      case 'VALIDATION_ERROR':
        if ((error as { field?: string }).field === 'linkId') return linkProblemPage('not_found');
    }
    // A store or encryption failure names hosts, users and keys: the visitor gets the generic page.
    if (error.code === 'STORE_ERROR' || error.code === 'ENCRYPTION_ERROR') {
      onError(error);
      return connectErrorPage(GENERIC_FAILURE);
    }
    return connectErrorPage(error.message);
  }
  onError(error);
  return connectErrorPage(GENERIC_FAILURE);
}
