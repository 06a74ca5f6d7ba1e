import { catalogIndex } from '@toolrouter/catalog';
import { type AuthScheme, loadBuiltinToolkits, type OAuth2Scheme } from '@toolrouter/toolkits';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { DashboardDeps, DashboardEnv } from './dashboard-context.ts';
import { badge, renderDashboardPage } from './render-dashboard-page.ts';
import { VENDOR_CONSOLES } from './vendor-consoles.ts';

const TOOLS_PER_PAGE = 50;

/** `/dashboard/toolkits`: browse and search the catalog; one toolkit's auth modes, OAuth setup and tools with schemas. */
export function toolkitsRoutes({ router, baseUrl, customToolkits }: DashboardDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();
  let known: Promise<Map<string, { auth: AuthScheme[]; developerConsole?: string }>> | undefined;
  /** Auth schemes and developer console of the built-in, catalog and config toolkits, by slug. */
  const knownToolkits = async () => {
    const [builtins, catalog] = await Promise.all([loadBuiltinToolkits(), catalogIndex()]);
    return new Map<string, { auth: AuthScheme[]; developerConsole?: string }>([
      ...catalog.map((info) => [info.slug, info] as const),
      ...[...builtins, ...customToolkits].map(
        (definition) =>
          [
            definition.slug,
            {
              auth: definition.auth,
              ...(VENDOR_CONSOLES[definition.slug]
                ? { developerConsole: VENDOR_CONSOLES[definition.slug] }
                : {}),
            },
          ] as const,
      ),
    ]);
  };

  app.get('/', async (context) => {
    const query = (context.req.query('q') ?? '').trim();
    const needle = query.toLowerCase();
    const toolkits = (await router.toolkits.list()).filter(
      (toolkit) =>
        !needle ||
        `${toolkit.slug} ${toolkit.name} ${toolkit.description} ${toolkit.categories.join(' ')}`
          .toLowerCase()
          .includes(needle),
    );
    const body = html`
<form class="inline" method="get" role="search">
<label>Search toolkits <input type="search" name="q" value="${query}" placeholder="github, mail, calendar"></label>
<button type="submit">Search</button>
</form>
<p class="muted">${toolkits.length} toolkit${toolkits.length === 1 ? '' : 's'}${query ? html` matching “${query}”` : ''}.</p>
<div class="table-wrap"><table><thead><tr><th>Toolkit</th><th>Auth</th><th>Tools</th><th class="hide-narrow">Description</th></tr></thead><tbody>
${toolkits.map(
  (toolkit) => html`<tr>
<td><a href="/dashboard/toolkits/${toolkit.slug}">${toolkit.name}</a> <code class="muted">${toolkit.slug}</code>${toolkit.stored ? html` ${badge('imported')}` : ''}</td>
<td>${toolkit.isNoAuth ? badge('no auth') : toolkit.authModes.map((mode) => html`${badge(mode)} `)}</td>
<td>${toolkit.toolCount}</td>
<td class="hide-narrow">${toolkit.description}</td></tr>`,
)}
</tbody></table></div>`;
    return renderDashboardPage({
      title: 'Toolkits',
      section: '/dashboard/toolkits',
      csrf: context.get('csrf'),
      body,
    });
  });

  app.get('/:slug', async (context) => {
    const toolkit = await router.toolkits.get(context.req.param('slug'));
    const toolQuery = (context.req.query('tool') ?? '').trim();
    const tools = await router.tools.list({
      toolkit: toolkit.slug,
      ...(toolQuery ? { search: toolQuery } : {}),
    });
    known ??= knownToolkits();
    const definition = (await known).get(toolkit.slug);
    const oauth = definition?.auth.find((scheme): scheme is OAuth2Scheme => scheme.mode === 'oauth2');
    const developerConsole = definition?.developerConsole;
    const authConfigs = await router.authConfigs.list({ toolkit: toolkit.slug });
    const shown = tools.slice(0, TOOLS_PER_PAGE);
    const body = html`
<div class="card">
<p>${toolkit.description}</p>
<dl class="facts">
<dt>Slug</dt><dd><code>${toolkit.slug}</code></dd>
<dt>Auth modes</dt><dd>${toolkit.isNoAuth ? 'none: works without a connection' : toolkit.authModes.map((mode) => html`${badge(mode)} `)}</dd>
<dt>Auth configs</dt><dd>${authConfigs.length} <a href="/dashboard/auth-configs?toolkit=${toolkit.slug}">manage</a></dd>
${toolkit.stored ? html`<dt>Imported</dt><dd>${toolkit.stored.source ?? 'with router.toolkits.register'}, ${toolkit.stored.updatedAt} (remove with <code>toolrouter toolkits delete ${toolkit.slug}</code>)</dd>` : ''}
</dl>
</div>
${
  toolkit.authModes.includes('oauth2')
    ? html`<section class="card" aria-labelledby="oauth"><h2 id="oauth">Register an OAuth app</h2>
<p>Create an OAuth app${developerConsole ? html` in the <a href="${developerConsole}" rel="noreferrer">vendor's developer console</a>` : ' with the vendor'} with exactly these values, then add its client id and secret as an <a href="/dashboard/auth-configs?toolkit=${toolkit.slug}">auth config</a> (or <code>TOOLROUTER_${toolkit.slug.toUpperCase()}_CLIENT_ID</code> / <code>_CLIENT_SECRET</code>).</p>
<dl class="facts">
<dt>Redirect URI</dt><dd><code>${baseUrl}/oauth/callback</code></dd>
${developerConsole ? html`<dt>Developer console</dt><dd><a href="${developerConsole}" rel="noreferrer">${developerConsole}</a></dd>` : ''}
<dt>Scopes</dt><dd>${oauth?.scopes?.length ? oauth.scopes.map((scope) => html`<code>${scope}</code> `) : 'the ones your auth config names (the toolkit requests none by default)'}</dd>
${oauth ? html`<dt>Authorize URL</dt><dd><code>${oauth.authorizationUrl}</code></dd><dt>Token URL</dt><dd><code>${oauth.tokenUrl}</code></dd>` : ''}
</dl></section>`
    : ''
}
<section aria-labelledby="tools"><h2 id="tools">Tools</h2>
<form class="inline" method="get" role="search">
<label>Filter tools <input type="search" name="tool" value="${toolQuery}"></label>
<button type="submit">Filter</button>
</form>
<p class="muted">${tools.length > shown.length ? `First ${shown.length} of ${tools.length} tools; filter to see others.` : `${tools.length} tools.`}</p>
${shown.map(
  (
    tool,
  ) => html`<details class="card"><summary><code>${tool.slug}</code> ${tool.tags.map((tag) => html`${badge(tag)} `)}</summary>
<p>${tool.description}</p>
<h3>Input schema</h3><pre>${JSON.stringify(tool.inputSchema, null, 2)}</pre>
${tool.outputSchema ? html`<h3>Output schema</h3><pre>${JSON.stringify(tool.outputSchema, null, 2)}</pre>` : ''}
</details>`,
)}
</section>`;
    return renderDashboardPage({
      title: toolkit.name,
      section: '/dashboard/toolkits',
      csrf: context.get('csrf'),
      body,
    });
  });
  return app;
}
