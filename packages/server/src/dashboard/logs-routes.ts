import type { ListLogsFilter } from '@toolrouter/core';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { DashboardDeps, DashboardEnv } from './dashboard-context.ts';
import { badge, renderDashboardPage, shortTime } from './render-dashboard-page.ts';

const PAGE_SIZE = 50;

/**
 * `/dashboard/logs`: tool executions, newest first, filtered by user, session, toolkit, tool,
 * status and time; one execution's detail. Logs never hold credentials or arguments (core stores
 * none), so nothing here needs redacting.
 */
export function logsRoutes({ router }: DashboardDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();

  app.get('/', async (context) => {
    const query = (name: string) => (context.req.query(name) ?? '').trim();
    const status = query('status');
    const since = query('since');
    const sinceIso = since && !Number.isNaN(Date.parse(since)) ? new Date(since).toISOString() : undefined;
    const cursor = query('cursor');
    const filter: ListLogsFilter = {
      limit: PAGE_SIZE,
      ...(query('user') ? { userId: query('user') } : {}),
      ...(query('session') ? { sessionId: query('session') } : {}),
      ...(query('toolkit') ? { toolkit: query('toolkit') } : {}),
      ...(query('tool') ? { toolSlug: query('tool') } : {}),
      ...(status === 'ok' ? { successful: true } : status === 'failed' ? { successful: false } : {}),
      ...(cursor ? { cursor } : {}),
    };
    const { items, nextCursor } = await router.logs.list(filter);
    // Newest first: once one is older than `since`, the rest are too.
    const shown = sinceIso ? items.filter((log) => log.createdAt >= sinceIso) : items;
    const more = nextCursor && shown.length === items.length ? nextCursor : null;
    const next = new URL(context.req.url);
    if (more) next.searchParams.set('cursor', more);
    const field = (name: string, label: string) =>
      html`<label>${label} <input name="${name}" value="${query(name)}"></label>`;
    const body = html`
<form class="inline card" method="get" aria-label="Filter logs">
${field('user', 'User')}${field('session', 'Session')}${field('toolkit', 'Toolkit')}${field('tool', 'Tool')}
<label>Status <select name="status"><option value="">any</option><option value="ok"${status === 'ok' ? html` selected` : ''}>succeeded</option><option value="failed"${status === 'failed' ? html` selected` : ''}>failed</option></select></label>
<label>Since <input type="datetime-local" name="since" value="${since}"></label>
<button type="submit">Filter</button>
</form>
${
  shown.length === 0
    ? html`<p class="muted">No tool calls match.</p>`
    : html`<div class="table-wrap"><table><thead><tr><th>Time</th><th>Tool</th><th>User</th><th>Status</th><th>Duration</th><th class="hide-narrow">Session</th><th>Error</th></tr></thead><tbody>
${shown.map(
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
${more ? html`<p><a class="button" href="${next.pathname}${next.search}">Older</a></p>` : ''}`;
    return renderDashboardPage({
      title: 'Execution logs',
      section: '/dashboard/logs',
      csrf: context.get('csrf'),
      body,
    });
  });

  app.get('/:id', async (context) => {
    const id = context.req.param('id');
    let log: Awaited<ReturnType<typeof router.logs.list>>['items'][number] | undefined;
    let cursor: string | undefined;
    for (let page = 0; page < 10 && !log; page++) {
      const result = await router.logs.list({ limit: 500, ...(cursor ? { cursor } : {}) });
      log = result.items.find((item) => item.id === id);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    if (!log) {
      return renderDashboardPage({
        title: 'Log not found',
        section: '/dashboard/logs',
        csrf: context.get('csrf'),
        status: 404,
        body: html`<p>No execution log <code>${id}</code> among the newest 5,000. <a href="/dashboard/logs">All logs</a></p>`,
      });
    }
    const body = html`<div class="card"><dl class="facts">
<dt>Log</dt><dd><code>${log.id}</code></dd>
<dt>Time</dt><dd>${log.createdAt}</dd>
<dt>Tool</dt><dd><code>${log.toolSlug}</code> (<a href="/dashboard/toolkits/${log.toolkit}">${log.toolkit}</a>)</dd>
<dt>Status</dt><dd>${log.successful ? badge('succeeded', 'ok') : badge('failed', 'fail')}${log.statusCode === null ? '' : ` · upstream HTTP ${log.statusCode}`}</dd>
<dt>Duration</dt><dd>${log.durationMs} ms</dd>
<dt>User</dt><dd><a href="/dashboard/logs?user=${encodeURIComponent(log.userId)}">${log.userId}</a></dd>
<dt>Session</dt><dd>${log.sessionId ? html`<a href="/dashboard/sessions/${log.sessionId}"><code>${log.sessionId}</code></a>` : 'none (direct execution)'}</dd>
<dt>Account</dt><dd>${log.connectedAccountId ? html`<code>${log.connectedAccountId}</code>` : 'none'}</dd>
<dt>Error</dt><dd>${log.error ?? 'none'}</dd>
</dl></div>
<p class="muted">Arguments and results are not stored: they may hold users' data and secrets.</p>`;
    return renderDashboardPage({
      title: 'Tool call',
      section: '/dashboard/logs',
      csrf: context.get('csrf'),
      body,
    });
  });
  return app;
}
