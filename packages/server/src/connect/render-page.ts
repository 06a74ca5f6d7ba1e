import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** HTML made by hono's `html` template: every value interpolated into it is escaped. */
export type PageHtml = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Headers of every hosted page beside the security headers (`pageSecurityHeaders`): no caching. */
export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
};

/** The CSP of the hosted pages: no scripts, inline styles, logos over https. */
export const PAGE_CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ['https:', 'data:'],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2330; margin: 0; }
  main { max-width: 28rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 0.75rem; box-shadow: 0 1px 4px rgb(0 0 0 / 0.12); }
  h1 { font-size: 1.4rem; margin: 0 0 1rem; }
  p { line-height: 1.5; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.35rem; }
  input { box-sizing: border-box; width: 100%; padding: 0.6rem; font-size: 1rem; border: 1px solid #8a93a6; border-radius: 0.4rem; }
  input:focus, button:focus { outline: 3px solid #2a64f6; outline-offset: 2px; }
  button { margin-top: 1.5rem; width: 100%; padding: 0.7rem; font-size: 1rem; font-weight: 600; color: #fff; background: #2a64f6; border: 0; border-radius: 0.4rem; cursor: pointer; }
  .logo { width: 3rem; height: 3rem; object-fit: contain; }
  .help { color: #4a5263; font-size: 0.95rem; }
  .error { color: #a1121b; background: #fdecee; padding: 0.75rem; border-radius: 0.4rem; }
  .small { color: #4a5263; font-size: 0.85rem; }
`;
/** The stylesheet is this file's own constant, not outside input: inserted as it is. */
const STYLE_HTML = raw(STYLE);

/**
 * A complete, script-free HTML page, rendered with hono's `html` template: `title`, `heading` and
 * every value inside `body` (itself an `html` template) are escaped automatically.
 *
 * @example
 * return renderPage({ status: 410, title: 'Link expired', heading: 'This link has expired', body: html`<p>Ask for a new one.</p>` });
 */
export async function renderPage({
  status = 200,
  title,
  heading,
  body,
}: {
  status?: number;
  title: string;
  heading: string;
  body: PageHtml | '';
}): Promise<Response> {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · toolrouter</title>
<style>${STYLE_HTML}</style>
</head>
<body>
<main>
<h1>${heading}</h1>
${body}
</main>
</body>
</html>
`;
  return new Response(String(await page), { status, headers: PAGE_HEADERS });
}
