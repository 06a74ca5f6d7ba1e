import type { ListLogsFilter, LogPayload } from '@toolrouter/core';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { DashboardDeps, DashboardEnv } from './dashboard-context.ts';
import { userFacingError } from './dashboard-context.ts';
import { badge, type Html, renderDashboardPage, shortTime } from './render-dashboard-page.ts';

const PAGE_SIZE = 50;

/**
 * `/dashboard/logs`: tool executions, newest first, filtered by user, session, toolkit, tool,
 * status and time (UTC, pushed to the store like the rest); `/dashboard/logs/:id` one execution
 * with its timing and its arguments and result as core kept them (already redacted and capped).
 */
export function logsRoutes({ router }: DashboardDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();

  app.get('/', async (context) => {
    const query = (name: string) => (context.req.query(name) ?? '').trim();
    const status = query('status');
    const cursor = query('cursor');
    // datetime-local inputs carry no zone: the form says UTC, so the values are read as UTC.
    const utc = (value: string) => (/T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value) ? `${value}Z` : value);
    const filter: ListLogsFilter = {
      limit: PAGE_SIZE,
      ...(query('user') ? { userId: query('user') } : {}),
      ...(query('session') ? { sessionId: query('session') } : {}),
      ...(query('toolkit') ? { toolkit: query('toolkit') } : {}),
      ...(query('tool') ? { toolSlug: query('tool') } : {}),
      ...(status === 'ok' ? { successful: true } : status === 'failed' ? { successful: false } : {}),
      ...(query('since') ? { since: utc(query('since')) } : {}),
      ...(query('until') ? { until: utc(query('until')) } : {}),
      ...(cursor ? { cursor } : {}),
    };
    let page: Awaited<ReturnType<typeof router.logs.list>> = { items: [], nextCursor: null };
    let error: string | undefined;
    try {
      page = await router.logs.list(filter);
    } catch (caught) {
      error = userFacingError(caught);
    }
    const { items, nextCursor } = page;
    const next = new URL(context.req.url);
    if (nextCursor) next.searchParams.set('cursor', nextCursor);
    const field = (name: string, label: string) =>
      html`<label>${label} <input name="${name}" value="${query(name)}"></label>`;
    const time = (name: string, label: string) =>
      html`<label>${label} <input type="datetime-local" step="1" name="${name}" value="${query(name)}"></label>`;
    const body = html`
<form class="inline card" method="get" aria-label="Filter logs">
${field('user', 'User')}${field('session', 'Session')}${field('toolkit', 'Toolkit')}${field('tool', 'Tool')}
<label>Status <select name="status"><option value="">any</option><option value="ok"${status === 'ok' ? html` selected` : ''}>succeeded</option><option value="failed"${status === 'failed' ? html` selected` : ''}>failed</option></select></label>
${time('since', 'From (UTC)')}${time('until', 'Until (UTC)')}
<button type="submit">Filter</button>
</form>
${
  items.length === 0
    ? html`<p class="muted">No tool calls match.</p>`
    : html`<div class="table-wrap"><table><thead><tr><th>Time (UTC)</th><th>Tool</th><th>User</th><th>Status</th><th>Duration</th><th class="hide-narrow">Session</th><th>Error</th></tr></thead><tbody>
${items.map(
  (log) => html`<tr>
<td><a href="/dashboard/logs/${log.id}">${shortTime(log.createdAt)}</a></td>
<td><code>${log.toolSlug}</code></td>
<td>${log.userId}</td>
<td>${log.successful ? badge('ok') : badge('failed', 'fail')}</td>
<td>${log.durationMs} ms</td>
<td class="hide-narrow">${log.sessionId ? html`<a href="/dashboard/sessions/${log.sessionId}"><code>${log.sessionId}</code></a>` : '-'}</td>
<td>${log.error ?? ''}</td></tr>`,
)}
</tbody></table></div>`
}
${nextCursor ? html`<p><a class="button" href="${next.pathname}${next.search}">Older</a></p>` : ''}`;
    return renderDashboardPage({
      title: 'Execution logs',
      section: '/dashboard/logs',
      csrf: context.get('csrf'),
      error,
      status: error ? 400 : 200,
      body,
    });
  });

  app.get('/:id', async (context) => {
    const log = await router.logs.get(context.req.param('id'));
    const started = new Date(Date.parse(log.createdAt) - log.durationMs).toISOString();
    const body = html`<div class="card"><dl class="facts">
<dt>Log</dt><dd><code>${log.id}</code></dd>
<dt>Tool</dt><dd><code>${log.toolSlug}</code> (<a href="/dashboard/toolkits/${log.toolkit}">${log.toolkit}</a>)</dd>
<dt>Status</dt><dd>${log.successful ? badge('succeeded', 'ok') : badge('failed', 'fail')}${log.statusCode === null ? '' : ` · upstream HTTP ${log.statusCode}`}</dd>
<dt>Started</dt><dd>${shortTime(started)} UTC</dd>
<dt>Finished</dt><dd>${shortTime(log.createdAt)} UTC</dd>
<dt>Duration</dt><dd>${log.durationMs} ms</dd>
<dt>User</dt><dd><a href="/dashboard/logs?user=${encodeURIComponent(log.userId)}">${log.userId}</a></dd>
<dt>Session</dt><dd>${log.sessionId ? html`<a href="/dashboard/sessions/${log.sessionId}"><code>${log.sessionId}</code></a>` : 'none (direct execution)'}</dd>
<dt>Account</dt><dd>${log.connectedAccountId ? html`<code>${log.connectedAccountId}</code>` : 'none'}</dd>
<dt>Error</dt><dd>${log.error ?? 'none'}</dd>
</dl></div>
<div class="card"><h2>Arguments</h2>${payloadBlock(log.arguments, 'arguments')}</div>
<div class="card"><h2>Result</h2>${payloadBlock(log.result, 'result')}</div>
<p class="muted">Values under secret-looking keys (authorization, token, password, secret, api key, cookie…) and the account's credentials are replaced by [REDACTED] before anything is stored.</p>`;
    return renderDashboardPage({
      title: 'Tool call',
      section: '/dashboard/logs',
      csrf: context.get('csrf'),
      body,
    });
  });
  return app;
}

/** A logged payload: indented JSON, the start of a cut one with its size, or why there is none. */
function payloadBlock(payload: LogPayload | null, name: string): Html {
  if (payload === null) {
    return html`<p class="muted">Not kept: payload logging was off (TOOLROUTER_LOG_PAYLOADS=off), or the call is older than it.</p>`;
  }
  if (payload.truncated) {
    return html`<p class="muted">Cut at the size cap: the first part of ${payload.bytes.toLocaleString('en')} bytes.</p><pre aria-label="${name}">${payload.preview}</pre>`;
  }
  return html`<pre aria-label="${name}">${JSON.stringify(payload.value, null, 2)}</pre>`;
}
