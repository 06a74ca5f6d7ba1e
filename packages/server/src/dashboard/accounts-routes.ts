import type { ConnectedAccount, ConnectedAccountStatus, ExecutionLog } from '@toolrouter/core';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { AnyToolRouter } from '../api/api-context.ts';
import {
  type DashboardContext,
  type DashboardDeps,
  type DashboardEnv,
  formString,
  noticeOf,
  redirectWithNotice,
  userFacingError,
} from './dashboard-context.ts';
import {
  actionButton,
  badge,
  csrfField,
  type Html,
  renderDashboardPage,
  shortTime,
} from './render-dashboard-page.ts';

const STATUSES: ConnectedAccountStatus[] = [
  'ACTIVE',
  'INITIATED',
  'FAILED',
  'EXPIRED',
  'INACTIVE',
  'REVOKED',
];

/**
 * `/dashboard/accounts`: users' connected accounts, filtered by user, toolkit and status, with
 * their last use and last error; enable, disable, delete; and a connect link for a user to
 * connect a toolkit.
 */
export function accountsRoutes({ router }: DashboardDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();

  const page = async (
    context: DashboardContext,
    { error, status = 200, link }: { error?: string; status?: number; link?: Html } = {},
  ) => {
    const user = (context.req.query('user') ?? '').trim();
    const toolkit = (context.req.query('toolkit') ?? '').trim();
    const statusFilter = (context.req.query('status') ?? '').trim().toUpperCase();
    const [accounts, toolkits, recent] = await Promise.all([
      router.connectedAccounts.list({
        ...(user ? { userId: user } : {}),
        ...(toolkit ? { toolkit } : {}),
        ...(STATUSES.includes(statusFilter as ConnectedAccountStatus)
          ? { status: statusFilter as ConnectedAccountStatus }
          : {}),
      }),
      router.toolkits.list(),
      router.logs.list({ limit: 500, ...(user ? { userId: user } : {}) }),
    ]);
    const lastUse = new Map<string, ExecutionLog>();
    const lastFailure = new Map<string, ExecutionLog>();
    for (const log of recent.items) {
      if (!log.connectedAccountId) continue;
      if (!lastUse.has(log.connectedAccountId)) lastUse.set(log.connectedAccountId, log);
      if (!log.successful && !lastFailure.has(log.connectedAccountId))
        lastFailure.set(log.connectedAccountId, log);
    }
    const csrf = context.get('csrf');
    const body = html`
${link ?? ''}
<div class="two">
<section class="card" aria-labelledby="filter"><h2 id="filter">Filter</h2>
<form class="inline" method="get">
<label>User <input name="user" value="${user}"></label>
<label>Toolkit <input name="toolkit" value="${toolkit}"></label>
<label>Status <select name="status"><option value="">any</option>${STATUSES.map(
      (status) => html`<option${status === statusFilter ? html` selected` : ''}>${status}</option>`,
    )}</select></label>
<button type="submit" class="secondary">Filter</button>
</form></section>
<section class="card" aria-labelledby="connect"><h2 id="connect">Make a connect link</h2>
<form class="inline" method="post" action="/dashboard/accounts/connect-link">${csrfField(csrf)}
<label>User id <input name="userId" required value="${user}"></label>
<label>Toolkit <select name="toolkit">${toolkits
      .filter((candidate) => !candidate.isNoAuth)
      .map(
        (candidate) =>
          html`<option value="${candidate.slug}"${candidate.slug === toolkit ? html` selected` : ''}>${candidate.name}</option>`,
      )}</select></label>
<button type="submit">Make link</button>
</form>
<p class="muted">Send the link to the user: it opens the vendor's sign-in or a form for their key, and expires after 10 minutes.</p>
</section>
</div>
<h2>Connected accounts</h2>
${
  accounts.length === 0
    ? html`<p class="muted">No connected accounts match.</p>`
    : html`<div class="table-wrap"><table><thead><tr><th>Account</th><th>User</th><th>Toolkit</th><th>Status</th><th>Last use</th><th>Last error</th><th>Actions</th></tr></thead><tbody>
${accounts.map((account) => row(account, csrf, lastUse.get(account.id), lastFailure.get(account.id)))}
</tbody></table></div>`
}`;
    return renderDashboardPage({
      title: 'Connected accounts',
      section: '/dashboard/accounts',
      csrf,
      body,
      notice: noticeOf(context),
      error,
      status,
    });
  };

  app.get('/', (context) => page(context));

  app.post('/connect-link', async (context) => {
    const form = await context.req.parseBody();
    const userId = formString(form, 'userId');
    const toolkit = formString(form, 'toolkit');
    try {
      const redirectUrl = await connectLink(router, userId, toolkit);
      return page(context, {
        link: html`<section class="card" aria-labelledby="link"><h2 id="link">Connect link for ${userId} · ${toolkit}</h2>
<p>Send this link to ${userId}; once they finish, the account shows up below as ACTIVE.</p>
<p><a class="mono" href="${redirectUrl}" rel="noreferrer" target="_blank" id="connect-link">${redirectUrl}</a></p></section>`,
      });
    } catch (error) {
      return page(context, { error: userFacingError(error), status: 400 });
    }
  });

  for (const [action, notice] of [
    ['enable', 'enabled'],
    ['disable', 'disabled'],
    ['delete', 'deleted'],
  ] as const) {
    app.post(`/:id/${action}`, async (context) => {
      try {
        await router.connectedAccounts[action](context.req.param('id'));
      } catch (error) {
        return page(context, { error: userFacingError(error), status: 400 });
      }
      return redirectWithNotice(context, '/dashboard/accounts', notice);
    });
  }
  return app;
}

/**
 * A connect link for `userId` and `toolkit`. A link belongs to a session, so the dashboard keeps
 * one session per user and toolkit for its links (`{ toolkits: [toolkit] }`), re-used next time.
 */
async function connectLink(router: AnyToolRouter, userId: string, toolkit: string): Promise<string> {
  const sessions = await router.sessions.list({ userId });
  const wanted = JSON.stringify({ toolkits: [toolkit] });
  const session =
    sessions.find((candidate) => JSON.stringify(candidate.config) === wanted) ??
    (await router.create(userId, { toolkits: [toolkit] }));
  const request = await session.authorize(toolkit);
  return request.redirectUrl;
}

function row(
  account: ConnectedAccount,
  csrf: string,
  lastUse: ExecutionLog | undefined,
  lastFailure: ExecutionLog | undefined,
) {
  const lastError = account.statusReason ?? lastFailure?.error ?? null;
  return html`<tr>
<td><code>${account.id}</code>${account.alias ? html`<br>${account.alias}` : ''}</td>
<td><a href="/dashboard/accounts?user=${encodeURIComponent(account.userId)}">${account.userId}</a></td>
<td><a href="/dashboard/toolkits/${account.toolkit}">${account.toolkit}</a></td>
<td>${badge(account.status)}</td>
<td>${lastUse ? html`<a href="/dashboard/logs/${lastUse.id}">${shortTime(lastUse.createdAt)}</a>` : '-'}</td>
<td>${lastError ?? '-'}</td>
<td class="actions">
${
  account.status === 'INACTIVE'
    ? actionButton(`/dashboard/accounts/${account.id}/enable`, 'Enable', csrf, {
        name: `Enable ${account.id}`,
      })
    : account.status === 'ACTIVE'
      ? actionButton(`/dashboard/accounts/${account.id}/disable`, 'Disable', csrf, {
          name: `Disable ${account.id}`,
        })
      : ''
}
${actionButton(`/dashboard/accounts/${account.id}/delete`, 'Delete', csrf, { danger: true, name: `Delete ${account.id}` })}
</td></tr>`;
}
