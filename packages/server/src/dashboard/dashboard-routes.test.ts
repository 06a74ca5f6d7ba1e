import { catalogIndex, catalogToolkits } from '@toolrouter/catalog';
import { oauthEchoToolkit, publicEchoToolkit } from '@toolrouter/core/test';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_API_KEY, TEST_BASE_URL, type TestApp } from '../test-support/create-test-app.ts';
import { dashboardAuth } from './dashboard-auth.ts';

let test: TestApp;

beforeEach(async () => {
  test = await createTestApp();
});

afterEach(async () => {
  await test.close();
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_BASE_URL };

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const response = await test.app.request('/dashboard/sign-in', {
    method: 'POST',
    headers: FORM,
    body: new URLSearchParams({ apiKey: TEST_API_KEY }).toString(),
  });
  expect(response.status).toBe(303);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const page = await (await test.app.request('/dashboard', { headers: { cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
  return { cookie, csrf };
}

function post(path: string, cookie: string, fields: Record<string, string>, origin = TEST_BASE_URL) {
  return test.app.request(path, {
    method: 'POST',
    headers: { ...FORM, origin, cookie },
    body: new URLSearchParams(fields).toString(),
  });
}

describe('dashboard sign-in', () => {
  it('redirects / to the dashboard and the dashboard to sign-in', async () => {
    expect((await test.app.request('/')).headers.get('location')).toBe('/dashboard');
    const page = await test.app.request('/dashboard/sessions');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/dashboard/sign-in');
    const signInPage = await test.app.request('/dashboard/sign-in');
    expect(signInPage.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(signInPage.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(await signInPage.text()).toContain('type="password"');
  });

  it('refuses a wrong key, and a sign-in posted from another site', async () => {
    const wrong = await test.app.request('/dashboard/sign-in', {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ apiKey: 'guess' }).toString(),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const crossSite = await test.app.request('/dashboard/sign-in', {
      method: 'POST',
      headers: { ...FORM, origin: 'https://evil.example' },
      body: new URLSearchParams({ apiKey: TEST_API_KEY }).toString(),
    });
    expect(crossSite.status).toBe(403);
  });

  it('limits failed sign-ins per client address: 429 with Retry-After, even for the right key', async () => {
    await test.close();
    test = await createTestApp({ rateLimits: { failedAuth: { limit: 2, windowMs: 60_000 } } });
    const attempt = (apiKey: string) =>
      test.app.request('/dashboard/sign-in', {
        method: 'POST',
        headers: FORM,
        body: new URLSearchParams({ apiKey }).toString(),
      });
    expect((await attempt('guess-1')).status).toBe(401);
    expect((await attempt('guess-2')).status).toBe(401);
    const throttled = await attempt(TEST_API_KEY);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.headers.get('set-cookie')).toBeNull();
    expect(await throttled.text()).toMatch(
      /Too many failed sign-ins from your address\. Try again in \d+ s\./,
    );
    // The same address is throttled on the REST API too: one count of failed authentications.
    expect((await test.admin('/api/v1/sessions')).status).toBe(429);
  });

  it('sets an HttpOnly, SameSite=Strict cookie that expires, and that never holds the key', async () => {
    const response = await test.app.request('/dashboard/sign-in', {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ apiKey: TEST_API_KEY }).toString(),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^toolrouter_dashboard=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Max-Age=28800');
    expect(cookie).toContain('Path=/dashboard');
    expect(cookie).not.toContain(TEST_API_KEY);
  });

  it('refuses an expired or altered cookie, and signs out', async () => {
    const auth = dashboardAuth(TEST_API_KEY);
    const expired = auth.issue(Date.now() - 9 * 60 * 60 * 1000);
    const stale = await test.app.request('/dashboard', {
      headers: { cookie: `toolrouter_dashboard=${expired}` },
    });
    expect(stale.status).toBe(303);
    const valid = auth.issue(Date.now());
    const altered = `${Number(valid.split('.')[0]) + 1000}.${valid.split('.').slice(1).join('.')}`;
    expect(
      (await test.app.request('/dashboard', { headers: { cookie: `toolrouter_dashboard=${altered}` } }))
        .status,
    ).toBe(303);
    const { cookie, csrf } = await signIn();
    const out = await post('/dashboard/sign-out', cookie, { csrf });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/toolrouter_dashboard=;.*Max-Age=0/);
  });
});

describe('dashboard forms', () => {
  it('refuse a post without the CSRF token or from another origin', async () => {
    const { cookie, csrf } = await signIn();
    const missing = await post('/dashboard/sessions', cookie, { userId: 'mallory' });
    expect(missing.status).toBe(403);
    const foreign = await post(
      '/dashboard/sessions',
      cookie,
      { userId: 'mallory', csrf },
      'https://evil.example',
    );
    expect(foreign.status).toBe(403);
    expect(await test.router.sessions.list({ userId: 'mallory' })).toEqual([]);
  });

  it('create an auth config whose secret never shows again, and escape what users typed', async () => {
    const { cookie, csrf } = await signIn();
    const created = await post('/dashboard/auth-configs', cookie, {
      csrf,
      toolkit: 'oauthecho',
      mode: 'oauth2',
      name: '<script>alert(1)</script>',
      clientId: 'client-id-1',
      clientSecret: 'client-secret-do-not-show',
      scopes: 'read write',
    });
    expect(created.status).toBe(303);
    const page = await (await test.app.request('/dashboard/auth-configs', { headers: { cookie } })).text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('client-secret-do-not-show');
    const [config] = await test.router.authConfigs.list({ toolkit: 'oauthecho' });
    expect(config).toMatchObject({ hasCredentials: true, scopes: ['read', 'write'] });
  });

  it('show a validation error on the page instead of failing', async () => {
    const { cookie, csrf } = await signIn();
    const response = await post('/dashboard/sessions', cookie, {
      csrf,
      userId: 'alice',
      toolkits: 'nosuchkit',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('nosuchkit');
  });

  it("show a custom OAuth toolkit's scopes and URLs to register", async () => {
    await test.close();
    test = await createTestApp({ toolkits: [oauthEchoToolkit] });
    const { cookie } = await signIn();
    const page = await (
      await test.app.request('/dashboard/toolkits/oauthecho', { headers: { cookie } })
    ).text();
    expect(page).toContain(`<code>${TEST_BASE_URL}/oauth/callback</code>`);
    expect(page).toContain('<code>read</code>');
    expect(page).toContain(
      `<code>${oauthEchoToolkit.auth[0]!.mode === 'oauth2' ? oauthEchoToolkit.auth[0]!.tokenUrl : ''}</code>`,
    );
  });

  it("show a generated catalog toolkit's developer console and default scopes, and mark imported toolkits", async () => {
    await test.close();
    test = await createTestApp({}, { toolkits: await catalogToolkits({ only: ['outlook'] }) });
    const { cookie } = await signIn();
    const page = await (
      await test.app.request('/dashboard/toolkits/outlook', { headers: { cookie } })
    ).text();
    const outlook = (await catalogIndex()).find((info) => info.slug === 'outlook')!;
    expect(outlook.developerConsole).toMatch(/^https:\/\/entra\.microsoft\.com\//);
    expect(page).toContain('<dt>Developer console</dt><dd><a href="https://entra.microsoft.com/');
    expect(page).toContain('<code>Mail.Send</code>');

    await test.router.toolkits.register({ ...publicEchoToolkit, slug: 'importedecho', tools: [] });
    const list = await (
      await test.app.request('/dashboard/toolkits?q=importedecho', { headers: { cookie } })
    ).text();
    expect(list).toMatch(/importedecho<\/code> <span class="badge[^"]*">imported<\/span>/);
    const imported = await (
      await test.app.request('/dashboard/toolkits/importedecho', { headers: { cookie } })
    ).text();
    expect(imported).toContain('toolrouter toolkits delete importedecho');
  });

  it('answer an unknown session with an HTML 404 page', async () => {
    const { cookie } = await signIn();
    const response = await test.app.request('/dashboard/sessions/ses_nope', { headers: { cookie } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('ses_nope');
    expect(test.errors).toEqual([]);
  });

  it('answer every page signed in', async () => {
    const { cookie } = await signIn();
    await test.connectEchoAccounts();
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    await session.execute('ECHO_GET', { id: '1' });
    const [log] = (await test.router.logs.list()).items;
    for (const path of [
      '/dashboard',
      '/dashboard/toolkits',
      '/dashboard/toolkits?q=echo',
      '/dashboard/toolkits/echo',
      '/dashboard/toolkits/oauthecho',
      '/dashboard/auth-configs',
      '/dashboard/accounts?user=alice',
      '/dashboard/sessions',
      `/dashboard/sessions/${session.sessionId}`,
      '/dashboard/logs?status=ok',
      `/dashboard/logs/${log!.id}`,
      `/dashboard/playground?session=${session.sessionId}&q=get+a+thing`,
      '/dashboard/assets/dashboard.css',
    ]) {
      const response = await test.app.request(path, { headers: { cookie } });
      expect(response.status, path).toBe(200);
    }
    const oauth = await (
      await test.app.request('/dashboard/toolkits/oauthecho', { headers: { cookie } })
    ).text();
    expect(oauth).toContain(`${TEST_BASE_URL}/oauth/callback`);
    const playground = await (
      await test.app.request(`/dashboard/playground?session=${session.sessionId}&q=get+a+thing`, {
        headers: { cookie },
      })
    ).text();
    expect(playground).toContain('ECHO_GET');
  });
});

describe('dashboard logs', () => {
  it('filters by time in the store, past the first page, and reads the form as UTC', async () => {
    const { cookie } = await signIn();
    const session = await test.router.create('alice', { toolkits: ['publicecho'] });
    for (let index = 0; index < 55; index++) await session.execute('PUBLICECHO_GET', { id: String(index) });
    const ids = async (query: string) => {
      const page = await (await test.app.request(`/dashboard/logs?${query}`, { headers: { cookie } })).text();
      return [...page.matchAll(/href="\/dashboard\/logs\/(log_\w+)"/g)].map((match) => match[1]);
    };
    const { items } = await test.router.logs.list({ limit: 500 });
    const oldest = items.at(-1)!;
    // The oldest call is on no first page of the unfiltered list; a time window finds it.
    expect(await ids('')).not.toContain(oldest.id);
    const until = new Date(Date.parse(oldest.createdAt) + 1).toISOString().slice(0, 23);
    expect(await ids(`until=${until}`)).toEqual(
      items.filter((log) => log.createdAt <= oldest.createdAt).map((log) => log.id),
    );
    expect(await ids(`since=${items[0]!.createdAt.slice(0, 23)}`)).toContain(items[0]!.id);
    const overview = await (await test.app.request('/dashboard', { headers: { cookie } })).text();
    expect(overview).toContain('<b>55</b><span>tool calls, last 24 h</span>');
    expect(overview).toContain('<b>0</b><span>failed calls, last 24 h</span>');
    const refused = await test.app.request('/dashboard/logs?since=someday', { headers: { cookie } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('since must be a Date or an ISO 8601 time');
  });

  it('shows one call with timing, and its arguments and result redacted and escaped', async () => {
    const { cookie } = await signIn();
    await test.connectEchoAccounts();
    const session = await test.router.create('alice', { toolkits: ['echo'] });
    const result = await session.execute('ECHO_CREATE', {
      name: '<script>alert(1)</script>',
      password: 'hunter2-hunter2',
    });
    const response = await test.app.request(`/dashboard/logs/${result.logId}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Duration');
    expect(page).toMatch(/<pre aria-label="arguments">[^<]*&quot;password&quot;: &quot;\[REDACTED\]&quot;/);
    expect(page).toMatch(/<pre aria-label="result">[^<]*&quot;account&quot;: &quot;alice&quot;/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('hunter2-hunter2');
    const missing = await test.app.request('/dashboard/logs/log_missing', { headers: { cookie } });
    expect(missing.status).toBe(404);
  });
});

describe('createServer without an admin key', () => {
  it('mounts no dashboard, so an app that embeds it keeps its own /', async () => {
    const embedded = await createTestApp({ apiKey: '', env: {} });
    try {
      expect(
        (await embedded.app.request('/', { headers: { host: new URL(TEST_BASE_URL).host } })).status,
      ).toBe(404);
      expect((await embedded.app.request('/dashboard/sign-in')).status).toBe(404);
    } finally {
      await embedded.close();
    }
  });
});
