import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** HTML made by hono's `html` template: values interpolated into it are escaped. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Headers of every dashboard page beside the security headers (`pageSecurityHeaders`): no caching of operator data. */
export const DASHBOARD_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
};

/** The dashboard's CSP: no scripts at all, styles only from its own stylesheet, forms only to this server. */
export const DASHBOARD_CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'https:', 'data:'],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

const NAV: Array<[path: string, label: string]> = [
  ['/dashboard', 'Overview'],
  ['/dashboard/toolkits', 'Toolkits'],
  ['/dashboard/auth-configs', 'Auth configs'],
  ['/dashboard/accounts', 'Accounts'],
  ['/dashboard/sessions', 'Sessions'],
  ['/dashboard/logs', 'Logs'],
  ['/dashboard/playground', 'Search playground'],
];

/**
 * A complete dashboard page: skip link, navigation (the current section marked), sign-out form,
 * an optional notice or error, and `body`. Everything is escaped by the `html` template.
 *
 * @example
 * return renderDashboardPage({ title: 'Sessions', section: '/dashboard/sessions', csrf, body: html`<p>…</p>` });
 */
export async function renderDashboardPage({
  title,
  section,
  csrf,
  body,
  notice,
  error,
  status = 200,
}: {
  title: string;
  /** The NAV path to mark as current; undefined on the sign-in page (no navigation). */
  section?: string;
  csrf?: string;
  body: Html;
  notice?: string | undefined;
  error?: string | undefined;
  status?: number;
}): Promise<Response> {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · toolrouter dashboard</title>
<link rel="stylesheet" href="/dashboard/assets/dashboard.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="/dashboard">toolrouter</a>
${
  section === undefined
    ? ''
    : html`<nav aria-label="Dashboard">${NAV.map(
        ([path, label]) =>
          html`<a href="${path}"${path === section ? html` aria-current="page"` : ''}>${label}</a>`,
      )}</nav>
<form method="post" action="/dashboard/sign-out"><input type="hidden" name="csrf" value="${csrf}"><button type="submit">Sign out</button></form>`
}
</header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${body}
</main>
</body>
</html>
`;
  return new Response(String(await page), { status, headers: DASHBOARD_HEADERS });
}

/** A hidden CSRF field for a dashboard form. */
export function csrfField(csrf: string): Html {
  return html`<input type="hidden" name="csrf" value="${csrf}">`;
}

/** A one-button POST form (enable, delete, ...), with its CSRF field. */
export function actionButton(
  action: string,
  label: string,
  csrf: string,
  { danger = false, name }: { danger?: boolean; name?: string } = {},
): Html {
  return html`<form method="post" action="${action}">${csrfField(csrf)}<button type="submit"${danger ? html` class="danger"` : html` class="secondary"`}${name ? html` aria-label="${name}"` : ''}>${label}</button></form>`;
}

/** A status badge. */
export function badge(text: string, kind: string = text): Html {
  return html`<span class="badge ${kind}">${text}</span>`;
}

/** An ISO time as `2026-12-03 17:04:05`. */
export function shortTime(iso: string | null | undefined): string {
  return iso ? iso.replace('T', ' ').slice(0, 19) : '-';
}
