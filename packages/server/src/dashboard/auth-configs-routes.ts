import type { AuthConfig, AuthMode, UpdateAuthConfigInput } from '@toolrouter/core';
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
import { actionButton, badge, csrfField, renderDashboardPage, shortTime } from './render-dashboard-page.ts';

const MODES: AuthMode[] = ['oauth2', 'api_key', 'bearer', 'basic'];

/**
 * `/dashboard/auth-configs`: create, edit, delete and set the default auth config of a toolkit.
 * App secrets are write-only: the page says whether one is stored, never what it is.
 */
export function authConfigsRoutes({ router }: DashboardDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();

  const page = async (context: DashboardContext, error?: string, status = 200) => {
    const toolkitFilter = context.req.query('toolkit') ?? '';
    const [configs, toolkits] = await Promise.all([
      router.authConfigs.list(toolkitFilter ? { toolkit: toolkitFilter } : {}),
      router.toolkits.list(),
    ]);
    const csrf = context.get('csrf');
    const connectable = toolkits.filter((toolkit) => !toolkit.isNoAuth);
    const body = html`
<div class="two">
<section class="card" aria-labelledby="new"><h2 id="new">New auth config</h2>
<form class="stack" method="post" action="/dashboard/auth-configs">${csrfField(csrf)}
<label for="toolkit">Toolkit</label>
<select id="toolkit" name="toolkit" required>${connectable.map(
      (toolkit) =>
        html`<option value="${toolkit.slug}"${toolkit.slug === toolkitFilter ? html` selected` : ''}>${toolkit.name} (${toolkit.authModes.join(', ')})</option>`,
    )}</select>
<label for="mode">Mode</label>
<select id="mode" name="mode">${MODES.map((mode) => html`<option value="${mode}">${mode}</option>`)}</select>
<label for="name">Name <span class="muted">(optional)</span></label>
<input id="name" name="name" autocomplete="off">
<label for="clientId">OAuth client id <span class="muted">(oauth2 only)</span></label>
<input id="clientId" name="clientId" autocomplete="off">
<label for="clientSecret">OAuth client secret <span class="muted">(write-only)</span></label>
<input id="clientSecret" name="clientSecret" type="password" autocomplete="new-password">
<label for="scopes">Scopes <span class="muted">(space or comma separated)</span></label>
<input id="scopes" name="scopes" autocomplete="off">
<label class="check"><input type="checkbox" name="isDefault" value="true"> Make it the toolkit's default</label>
<button type="submit">Create auth config</button>
</form></section>
<section class="card" aria-labelledby="about"><h2 id="about">How auth configs are used</h2>
<p>A session uses a toolkit's <strong>default</strong> auth config unless it pins another (<code>authConfigs</code> in the session config). New connections go to that auth config.</p>
<p>OAuth apps need the redirect URI shown on the <a href="/dashboard/toolkits">toolkit's page</a>. API key, bearer and basic configs need no app secret: the user types their key on the connect page.</p>
<form class="inline" method="get"><label>Show toolkit <input name="toolkit" value="${toolkitFilter}" placeholder="all"></label><button type="submit" class="secondary">Filter</button></form>
</section>
</div>
<h2>Auth configs</h2>
${
  configs.length === 0
    ? html`<p class="muted">No auth configs${toolkitFilter ? ` for ${toolkitFilter}` : ''} yet.</p>`
    : html`<div class="table-wrap"><table><thead><tr><th>Auth config</th><th>Toolkit</th><th>Mode</th><th>Default</th><th>Secret</th><th>Scopes</th><th class="hide-narrow">Created</th><th>Actions</th></tr></thead><tbody>
${configs.map((config) => row(config, csrf))}
</tbody></table></div>`
}`;
    return renderDashboardPage({
      title: 'Auth configs',
      section: '/dashboard/auth-configs',
      csrf,
      body,
      notice: noticeOf(context),
      error,
      status,
    });
  };

  app.get('/', (context) => page(context));

  app.post('/', async (context) => {
    const form = await context.req.parseBody();
    const clientId = formString(form, 'clientId');
    const clientSecret = formString(form, 'clientSecret');
    const scopes = splitScopes(formString(form, 'scopes'));
    try {
      await router.authConfigs.create({
        toolkit: formString(form, 'toolkit'),
        mode: formString(form, 'mode') as AuthMode,
        ...(formString(form, 'name') ? { name: formString(form, 'name') } : {}),
        ...(clientId ? { credentials: { clientId, ...(clientSecret ? { clientSecret } : {}) } } : {}),
        ...(scopes.length ? { scopes } : {}),
        ...(form.isDefault === 'true' ? { isDefault: true } : {}),
      });
    } catch (error) {
      return page(context, userFacingError(error), 400);
    }
    return redirectWithNotice(context, '/dashboard/auth-configs', 'created');
  });

  app.post('/:id', async (context) => {
    const form = await context.req.parseBody();
    const clientId = formString(form, 'clientId');
    const clientSecret = formString(form, 'clientSecret');
    const patch: UpdateAuthConfigInput = {
      name: formString(form, 'name'),
      scopes: splitScopes(formString(form, 'scopes')),
      ...(clientId ? { credentials: { clientId, ...(clientSecret ? { clientSecret } : {}) } } : {}),
    };
    try {
      await router.authConfigs.update(context.req.param('id'), patch);
    } catch (error) {
      return page(context, userFacingError(error), 400);
    }
    return redirectWithNotice(context, '/dashboard/auth-configs', 'saved');
  });

  app.post('/:id/default', async (context) => {
    try {
      await router.authConfigs.update(context.req.param('id'), { isDefault: true });
    } catch (error) {
      return page(context, userFacingError(error), 400);
    }
    return redirectWithNotice(context, '/dashboard/auth-configs', 'default');
  });

  app.post('/:id/delete', async (context) => {
    try {
      await router.authConfigs.delete(context.req.param('id'));
    } catch (error) {
      return page(context, userFacingError(error), 400);
    }
    return redirectWithNotice(context, '/dashboard/auth-configs', 'deleted');
  });

  return app;
}

function row(config: AuthConfig, csrf: string) {
  return html`<tr>
<td><strong>${config.name}</strong><br><code class="muted">${config.id}</code></td>
<td><a href="/dashboard/toolkits/${config.toolkit}">${config.toolkit}</a></td>
<td>${badge(config.mode)}${config.isManaged ? html` ${badge('managed')}` : ''}</td>
<td>${config.isDefault ? badge('default', 'ok') : actionButton(`/dashboard/auth-configs/${config.id}/default`, 'Make default', csrf, { name: `Make ${config.name} the default` })}</td>
<td>${config.hasCredentials ? 'stored' : '-'}</td>
<td>${config.scopes.length ? config.scopes.join(' ') : '-'}</td>
<td class="hide-narrow">${shortTime(config.createdAt)}</td>
<td class="actions">
<details><summary>Edit</summary>
<form class="stack" method="post" action="/dashboard/auth-configs/${config.id}">${csrfField(csrf)}
<label for="name-${config.id}">Name</label><input id="name-${config.id}" name="name" value="${config.name}">
<label for="scopes-${config.id}">Scopes</label><input id="scopes-${config.id}" name="scopes" value="${config.scopes.join(' ')}">
<label for="client-${config.id}">New client id <span class="muted">(blank keeps the stored one)</span></label><input id="client-${config.id}" name="clientId" autocomplete="off">
<label for="secret-${config.id}">New client secret</label><input id="secret-${config.id}" name="clientSecret" type="password" autocomplete="new-password">
<button type="submit">Save</button>
</form></details>
${actionButton(`/dashboard/auth-configs/${config.id}/delete`, 'Delete', csrf, { danger: true, name: `Delete ${config.name}` })}
</td></tr>`;
}

function splitScopes(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}
