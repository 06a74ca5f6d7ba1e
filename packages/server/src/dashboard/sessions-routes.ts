import { Hono } from 'hono';
import { html } from 'hono/html';
import {
  type DashboardContext,
  type DashboardDeps,
  type DashboardEnv,
  formString,
  noticeOf,
  redirectWithNotice,
  userFacingError,
} from './dashboard-context.ts';
import { mcpClientSnippets } from './mcp-client-snippets.ts';
import { actionButton, csrfField, renderDashboardPage, shortTime } from './render-dashboard-page.ts';

/**
 * `/dashboard/sessions`: list and create sessions; one session's config, MCP URL and
 * ready-to-paste client snippets; rotate its MCP token; delete it.
 */
export function sessionsRoutes({ router }: DashboardDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();

  const list = async (context: DashboardContext, error?: string, status = 200) => {
    const user = (context.req.query('user') ?? '').trim();
    const sessions = await router.sessions.list(user ? { userId: user } : {});
    const csrf = context.get('csrf');
    const body = html`
<div class="two">
<section class="card" aria-labelledby="new"><h2 id="new">New session</h2>
<form class="stack" method="post" action="/dashboard/sessions">${csrfField(csrf)}
<label for="userId">User id</label><input id="userId" name="userId" required autocomplete="off">
<label for="toolkits">Toolkits <span class="muted">(comma separated; empty: every toolkit)</span></label>
<input id="toolkits" name="toolkits" placeholder="github, hackernews" autocomplete="off">
<button type="submit">Create session</button>
</form></section>
<section class="card" aria-labelledby="filter"><h2 id="filter">Filter</h2>
<form class="inline" method="get"><label>User <input name="user" value="${user}"></label><button type="submit" class="secondary">Filter</button></form>
<p class="muted">A session decides which toolkits one user's agent may use. Its MCP URL and token go into the user's MCP client.</p>
</section>
</div>
<h2>Sessions</h2>
${
  sessions.length === 0
    ? html`<p class="muted">No sessions${user ? ` for ${user}` : ''} yet.</p>`
    : html`<div class="table-wrap"><table><thead><tr><th>Session</th><th>User</th><th>Config</th><th class="hide-narrow">Created</th></tr></thead><tbody>
${sessions.map(
  (session) => html`<tr>
<td><a href="/dashboard/sessions/${session.sessionId}"><code>${session.sessionId}</code></a></td>
<td>${session.userId}</td>
<td><code>${JSON.stringify(session.config)}</code></td>
<td class="hide-narrow">${shortTime(session.createdAt)}</td></tr>`,
)}
</tbody></table></div>`
}`;
    return renderDashboardPage({
      title: 'Sessions',
      section: '/dashboard/sessions',
      csrf,
      body,
      notice: noticeOf(context),
      error,
      status,
    });
  };

  app.get('/', (context) => list(context));

  app.post('/', async (context) => {
    const form = await context.req.parseBody();
    const toolkits = formString(form, 'toolkits')
      .split(',')
      .map((slug) => slug.trim())
      .filter(Boolean);
    try {
      const session = await router.create(formString(form, 'userId'), toolkits.length ? { toolkits } : {});
      return redirectWithNotice(context, `/dashboard/sessions/${session.sessionId}`, 'created');
    } catch (error) {
      return list(context, userFacingError(error), 400);
    }
  });

  app.get('/:sessionId', async (context) => {
    const session = await router.sessions.use(context.req.param('sessionId'));
    const csrf = context.get('csrf');
    const body = html`
<div class="card"><dl class="facts">
<dt>Session</dt><dd><code>${session.sessionId}</code></dd>
<dt>User</dt><dd><a href="/dashboard/accounts?user=${encodeURIComponent(session.userId)}">${session.userId}</a></dd>
<dt>Config</dt><dd><code>${JSON.stringify(session.config)}</code> (version ${session.configVersion})</dd>
<dt>MCP URL</dt><dd><code id="mcp-url">${session.mcp.url}</code></dd>
<dt>Logs</dt><dd><a href="/dashboard/logs?session=${session.sessionId}">tool calls of this session</a> · <a href="/dashboard/playground?session=${session.sessionId}">search as its agent</a></dd>
</dl></div>
<section aria-labelledby="snippets"><h2 id="snippets">MCP client configuration</h2>
<p class="muted">Each snippet holds this session's MCP token: treat it as a password.</p>
${mcpClientSnippets(session.mcp).map((snippet, index) => {
  const id = `snippet-${index}`;
  return html`<div class="card"><label for="${id}"><strong>${snippet.client}</strong> <span class="muted">· ${snippet.where}</span></label>
<textarea class="snippet" id="${id}" readonly rows="${snippet.text.split('\n').length + 1}" spellcheck="false">${snippet.text}</textarea></div>`;
})}
</section>
<section class="card" aria-labelledby="manage"><h2 id="manage">Manage</h2>
<p>Rotating issues a new MCP token and revokes the old one at once: clients using it get 401 until they get the new snippet.</p>
<div class="actions">
${actionButton(`/dashboard/sessions/${session.sessionId}/rotate-token`, 'Rotate MCP token (revoke the old one)', csrf)}
${actionButton(`/dashboard/sessions/${session.sessionId}/delete`, 'Delete session', csrf, { danger: true })}
</div></section>`;
    return renderDashboardPage({
      title: `Session of ${session.userId}`,
      section: '/dashboard/sessions',
      csrf,
      body,
      notice: noticeOf(context),
    });
  });

  app.post('/:sessionId/rotate-token', async (context) => {
    const session = await router.sessions.rotateToken(context.req.param('sessionId'));
    return redirectWithNotice(context, `/dashboard/sessions/${session.sessionId}`, 'rotated');
  });

  app.post('/:sessionId/delete', async (context) => {
    await router.sessions.delete(context.req.param('sessionId'));
    return redirectWithNotice(context, '/dashboard/sessions', 'deleted');
  });
  return app;
}
