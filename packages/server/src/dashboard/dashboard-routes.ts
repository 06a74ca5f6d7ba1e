import type { ToolkitDefinition } from '@toolrouter/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { AnyToolRouter } from '../api/api-context.ts';
import { normalizeOrigin } from '../http/is-allowed-origin.ts';
import { pageSecurityHeaders } from '../http/page-security-headers.ts';
import {
  authThrottled,
  clientAddress,
  countFailedAuth,
  type ResolvedRateLimits,
  resolveRateLimits,
} from '../http/rate-limits.ts';
import { toErrorResponse } from '../http/to-error-response.ts';
import { accountsRoutes } from './accounts-routes.ts';
import { authConfigsRoutes } from './auth-configs-routes.ts';
import { DASHBOARD_COOKIE, DASHBOARD_SESSION_SECONDS, dashboardAuth } from './dashboard-auth.ts';
import type { DashboardDeps, DashboardEnv } from './dashboard-context.ts';
import { formString } from './dashboard-context.ts';
import { DASHBOARD_CSS } from './dashboard-css.ts';
import { logsRoutes } from './logs-routes.ts';
import { overviewRoutes } from './overview-routes.ts';
import { playgroundRoutes } from './playground-routes.ts';
import { DASHBOARD_CONTENT_SECURITY_POLICY, renderDashboardPage } from './render-dashboard-page.ts';
import { sessionsRoutes } from './sessions-routes.ts';
import { toolkitsRoutes } from './toolkits-routes.ts';

/**
 * The operator dashboard: `/` redirects to `/dashboard`, where the operator signs in with the
 * admin key. Server-rendered HTML without scripts; every form carries a CSRF token and must come
 * from this server's origin; the sign-in cookie is HttpOnly, SameSite=Strict, signed with the
 * admin key and expires after 8 hours. Without an admin key the dashboard refuses to sign anyone in.
 *
 * @example
 * app.route('/', dashboardRoutes({ router, apiKey, baseUrl, onError: console.error }));
 */
export function dashboardRoutes({
  router,
  apiKey,
  baseUrl,
  onError,
  toolkits = [],
  rateLimits = resolveRateLimits(),
}: {
  router: AnyToolRouter;
  apiKey: string | undefined;
  baseUrl: string;
  /** The server's limits: `failedAuth` throttles sign-ins per client address, as for the REST API. */
  rateLimits?: ResolvedRateLimits;
  /** Receives unexpected errors (answered with a bare 500 page). */
  onError: (error: unknown) => void;
  /** Custom toolkit definitions, for their OAuth setup. */
  toolkits?: ToolkitDefinition[];
}): Hono {
  const app = new Hono<DashboardEnv>();
  // A missing session or account is a page that says so; anything unexpected is reported once.
  app.onError((error, context) => {
    const { status, body } = toErrorResponse(error, onError);
    return renderDashboardPage({
      title: status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'Refused',
      status,
      ...(context.get('csrf') ? { section: '', csrf: context.get('csrf') } : {}),
      body: html`<p>${body.error.message}</p><p><a href="/dashboard">Back to the overview</a></p>`,
    });
  });
  const auth = apiKey ? dashboardAuth(apiKey) : undefined;
  const origin = normalizeOrigin(baseUrl);
  const secure = baseUrl.startsWith('https:');
  const deps: DashboardDeps = { router, baseUrl, startedAt: Date.now(), customToolkits: toolkits };

  app.use('/dashboard/*', pageSecurityHeaders(DASHBOARD_CONTENT_SECURITY_POLICY));
  app.get('/', (context) => context.redirect('/dashboard', 302));
  app.get('/dashboard/assets/dashboard.css', (context) =>
    context.body(DASHBOARD_CSS, 200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'x-content-type-options': 'nosniff',
    }),
  );

  const signInPage = (error?: string, status = 200) =>
    renderDashboardPage({
      title: 'Sign in',
      status,
      error,
      body: html`<div class="card sign-in">
<p>Sign in with the server's admin key: <code>TOOLROUTER_API_KEY</code>, or in development the key in <code>./.toolrouter/admin-key</code>.</p>
${
  auth
    ? html`<form class="stack" method="post" action="/dashboard/sign-in">
<label for="apiKey">Admin key</label>
<input id="apiKey" name="apiKey" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Sign in</button>
</form>`
    : html`<p class="error">No admin key is configured, so nobody can sign in. Set TOOLROUTER_API_KEY.</p>`
}
</div>`,
    });

  app.get('/dashboard/sign-in', () => signInPage());
  app.post('/dashboard/sign-in', async (context) => {
    if (!auth || !sameOrigin(context.req.header('origin'), origin, context.req.url))
      return signInPage('Sign-in refused.', 403);
    // Failed sign-ins count with the REST API's and MCP's per client address; past the limit even
    // the right key waits, so the key cannot be guessed at speed.
    const address = clientAddress(context);
    const wait = await authThrottled(router, address, rateLimits);
    if (wait !== undefined) {
      const refused = await signInPage(
        `Too many failed sign-ins from your address. Try again in ${wait} s.`,
        429,
      );
      refused.headers.set('retry-after', String(wait));
      return refused;
    }
    const form = await context.req.parseBody();
    if (!auth.checkKey(formString(form, 'apiKey'))) {
      await countFailedAuth(router, address, rateLimits);
      return signInPage('That is not the admin key.', 401);
    }
    setCookie(context, DASHBOARD_COOKIE, auth.issue(Date.now()), {
      path: '/dashboard',
      httpOnly: true,
      sameSite: 'Strict',
      secure,
      maxAge: DASHBOARD_SESSION_SECONDS,
    });
    return context.redirect('/dashboard', 303);
  });

  // Everything below needs a signed-in operator; a POST also needs the session's CSRF token.
  const requireSignIn: MiddlewareHandler<DashboardEnv> = async (context, next) => {
    const session = auth?.verify(getCookie(context, DASHBOARD_COOKIE), Date.now());
    if (!session || !auth) {
      if (context.req.method === 'GET') return context.redirect('/dashboard/sign-in', 303);
      return signInPage('Your sign-in has expired. Sign in again.', 401);
    }
    if (context.req.method !== 'GET' && context.req.method !== 'HEAD') {
      const form = await context.req.parseBody();
      if (
        !sameOrigin(context.req.header('origin'), origin, context.req.url) ||
        !auth.checkCsrf(session, formString(form, 'csrf'))
      ) {
        return renderDashboardPage({
          title: 'Refused',
          status: 403,
          body: html`<p>This form did not come from this dashboard. <a href="/dashboard">Back to the dashboard</a></p>`,
        });
      }
    }
    context.set('dashboardSession', session);
    context.set('csrf', auth.csrfToken(session));
    await next();
  };
  app.use('/dashboard', requireSignIn);
  app.use('/dashboard/*', requireSignIn);

  app.post('/dashboard/sign-out', (context) => {
    deleteCookie(context, DASHBOARD_COOKIE, { path: '/dashboard', secure });
    return context.redirect('/dashboard/sign-in', 303);
  });
  app.route('/dashboard', overviewRoutes(deps));
  app.route('/dashboard/toolkits', toolkitsRoutes(deps));
  app.route('/dashboard/auth-configs', authConfigsRoutes(deps));
  app.route('/dashboard/accounts', accountsRoutes(deps));
  app.route('/dashboard/sessions', sessionsRoutes(deps));
  app.route('/dashboard/logs', logsRoutes(deps));
  app.route('/dashboard/playground', playgroundRoutes(deps));
  return app as unknown as Hono;
}

/**
 * A form post must come from this server's pages (its public origin, or the origin the browser
 * addressed it by); a browser always sends Origin with a POST.
 */
function sameOrigin(header: string | undefined, origin: string | undefined, requestUrl: string): boolean {
  if (header === undefined) return false;
  const presented = normalizeOrigin(header);
  return presented !== undefined && (presented === origin || presented === new URL(requestUrl).origin);
}

export type { AnyToolRouter };
