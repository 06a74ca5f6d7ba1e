import type { SessionSearchResult } from '@toolrouter/core';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { DashboardDeps, DashboardEnv } from './dashboard-context.ts';
import { userFacingError } from './dashboard-context.ts';
import { badge, renderDashboardPage } from './render-dashboard-page.ts';

/**
 * `/dashboard/playground`: type a request, pick a session, and see the tools its agent's search
 * would rank, with their scores and whether each toolkit is connected for that user.
 */
export function playgroundRoutes({ router }: DashboardDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();
  app.get('/', async (context) => {
    const sessionId = (context.req.query('session') ?? '').trim();
    const query = (context.req.query('q') ?? '').trim();
    const sessions = await router.sessions.list();
    let results: SessionSearchResult[] | undefined;
    let error: string | undefined;
    if (sessionId && query) {
      try {
        results = await (await router.sessions.use(sessionId)).search({ query, limit: 10 });
      } catch (caught) {
        error = userFacingError(caught);
      }
    }
    const body = html`
<form class="inline card" method="get" role="search">
<label>Session <select name="session" required>${sessions.map(
      (session) =>
        html`<option value="${session.sessionId}"${session.sessionId === sessionId ? html` selected` : ''}>${session.userId} · ${session.sessionId}</option>`,
    )}</select></label>
<label>Request <input type="search" name="q" value="${query}" placeholder="star a github repository" required></label>
<button type="submit">Search</button>
</form>
${sessions.length === 0 ? html`<p class="muted">Create a <a href="/dashboard/sessions">session</a> first: search only ever returns the tools a session allows.</p>` : ''}
${
  results === undefined
    ? ''
    : results.length === 0
      ? html`<p class="muted">No tool of this session matches.</p>`
      : html`<div class="table-wrap"><table><thead><tr><th>#</th><th>Tool</th><th>Score</th><th>Connected</th><th class="hide-narrow">Description</th></tr></thead><tbody>
${results.map(
  (result, index) => html`<tr><td>${index + 1}</td>
<td><code>${result.slug}</code><br><span class="muted">${result.toolkit}</span></td>
<td>${result.score.toFixed(3)}</td>
<td>${result.isConnected ? badge('yes', 'ok') : badge('needs a connection', 'INITIATED')}</td>
<td class="hide-narrow">${result.description}</td></tr>`,
)}
</tbody></table></div>`
}`;
    return renderDashboardPage({
      title: 'Search playground',
      section: '/dashboard/playground',
      csrf: context.get('csrf'),
      body,
      error,
      status: error ? 400 : 200,
    });
  });
  return app;
}
