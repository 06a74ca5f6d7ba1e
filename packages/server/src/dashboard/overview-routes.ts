import { Hono } from 'hono';
import { html } from 'hono/html';
import { cliVersion } from '../cli/cli-version.ts';
import type { DashboardDeps, DashboardEnv } from './dashboard-context.ts';
import { badge, renderDashboardPage, shortTime } from './render-dashboard-page.ts';

/** `/dashboard`: counts, recent failures, and the health of this instance and its store. */
export function overviewRoutes({ router, baseUrl, startedAt }: DashboardDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();
  app.get('/', async (context) => {
    const pingStarted = performance.now();
    let storeHealth: string;
    try {
      await router.ping();
      storeHealth = `reachable (${(performance.now() - pingStarted).toFixed(1)} ms)`;
    } catch {
      storeHealth = 'NOT reachable';
    }
    // Counted by the store's time filter, up to 500 each ("500+" beyond).
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const [toolkits, authConfigs, accounts, sessions, lastDay, failedLastDay, failures] = await Promise.all([
      router.toolkits.list(),
      router.authConfigs.list(),
      router.connectedAccounts.list(),
      router.sessions.list(),
      router.logs.list({ since, limit: 500 }),
      router.logs.list({ since, successful: false, limit: 500 }),
      router.logs.list({ successful: false, limit: 10 }),
    ]);
    const byStatus = new Map<string, number>();
    for (const account of accounts) byStatus.set(account.status, (byStatus.get(account.status) ?? 0) + 1);
    const count = (page: typeof lastDay) => `${page.items.length}${page.nextCursor ? '+' : ''}`;
    const stat = (value: number | string, label: string, href: string) =>
      html`<a class="stat" href="${href}"><b>${value}</b><span>${label}</span></a>`;
    const body = html`
<section aria-labelledby="counts"><h2 id="counts">Counts</h2>
<div class="grid">
${stat(toolkits.length, 'toolkits', '/dashboard/toolkits')}
${stat(authConfigs.length, 'auth configs', '/dashboard/auth-configs')}
${stat(byStatus.get('ACTIVE') ?? 0, `active accounts (of ${accounts.length})`, '/dashboard/accounts?status=ACTIVE')}
${stat(sessions.length, 'sessions', '/dashboard/sessions')}
${stat(count(lastDay), 'tool calls, last 24 h', '/dashboard/logs')}
${stat(count(failedLastDay), 'failed calls, last 24 h', '/dashboard/logs?status=failed')}
</div></section>
<section aria-labelledby="failures"><h2 id="failures">Recent failures</h2>
${
  failures.items.length === 0
    ? html`<p class="muted">No failed tool calls.</p>`
    : html`<div class="table-wrap"><table><thead><tr><th>Time</th><th>Tool</th><th>User</th><th>Error</th></tr></thead><tbody>
${failures.items.map(
  (log) =>
    html`<tr><td><a href="/dashboard/logs/${log.id}">${shortTime(log.createdAt)}</a></td><td><code>${log.toolSlug}</code></td><td>${log.userId}</td><td>${log.error ?? '-'}</td></tr>`,
)}
</tbody></table></div>`
}
</section>
<section aria-labelledby="health"><h2 id="health">Health</h2>
<div class="card"><dl class="facts">
<dt>Store</dt><dd>${storeHealth === 'NOT reachable' ? badge('unreachable', 'fail') : badge('ok')} ${storeHealth}</dd>
<dt>Accounts</dt><dd>${[...byStatus].map(([status, count]) => html`${badge(status)} ${count} `)}${accounts.length === 0 ? 'none yet' : ''}</dd>
<dt>Base URL</dt><dd><code>${baseUrl}</code></dd>
<dt>Instance</dt><dd>toolrouter ${cliVersion()}, Node.js ${process.version}, pid ${process.pid}, up ${formatUptime(Date.now() - startedAt)}</dd>
</dl></div></section>`;
    return renderDashboardPage({ title: 'Overview', section: '/dashboard', csrf: context.get('csrf'), body });
  });
  return app;
}

function formatUptime(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} days`;
}
