import { defineToolkit, memoryStore, type Store, StoreError } from '@toolrouter/core';
import { echoToolkit, oauthEchoToolkit } from '@toolrouter/core/test';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_BASE_URL, type TestApp } from '../test-support/create-test-app.ts';

const CALLBACK = 'https://app.example.com/connected';

let test: TestApp;
let browser: ReturnType<typeof createBrowser>;

/** A browser for `app.request`: keeps the connect cookie, and the CSRF token of each form it saw. */
function createBrowser() {
  let cookie = '';
  const csrf = new Map<string, string>();
  return {
    get cookie() {
      return cookie;
    },
    async request(path: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      if (cookie) headers.set('cookie', cookie);
      const response = await test.app.request(path, { ...init, headers });
      const set = response.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0]!;
      const linkId = /^\/connect\/([^/?]+)/.exec(path)?.[1];
      if (linkId && response.headers.get('content-type')?.includes('text/html')) {
        const token = /name="csrf" value="([^"]+)"/.exec(await response.clone().text())?.[1];
        if (token) csrf.set(linkId, token);
      }
      return response;
    },
    async csrfFor(linkId: string): Promise<string | undefined> {
      if (!csrf.has(linkId)) await (await this.request(`/connect/${linkId}`)).body?.cancel();
      return csrf.get(linkId);
    },
  };
}

afterEach(async () => {
  await test.close();
});

async function start(routerOptions: Parameters<typeof createTestApp>[1] = {}) {
  test = await createTestApp({}, { allowedCallbackUrls: [CALLBACK], ...routerOptions });
  browser = createBrowser();
  return test;
}

/** An API-key connect link for `userId`'s echo account (no account yet). */
async function echoLink(userId = 'erin', options: { callbackUrl?: string } = {}) {
  const session = await test.router.create(userId, { toolkits: ['echo'] });
  return session.authorize('echo', options);
}

/** Posts the connect form as the browser that opened the page does (its cookie and CSRF token). */
async function submit(linkId: string, fields: Record<string, string>, origin: string | null = TEST_BASE_URL) {
  const csrf = await browser.csrfFor(linkId);
  return browser.request(`/connect/${linkId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams({ ...(csrf ? { csrf } : {}), ...fields }).toString(),
  });
}

describe('/connect/:linkId for API keys', () => {
  it('shows an accessible form without scripts', async () => {
    await start();
    const request = await echoLink();
    const response = await test.app.request(new URL(request.redirectUrl).pathname);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Connect Echo</h1>');
    expect(html).toMatch(/<label for="field-apiKey">API key<\/label>/);
    expect(html).toMatch(/<input id="field-apiKey" name="apiKey" type="password" required/);
    expect(html).toContain('<form method="post">');
    expect(html).toContain('<button type="submit">Connect Echo</button>');
    expect(html).not.toContain('<script');
  });

  it('stores the key, makes the account ACTIVE and shows success', async () => {
    await start();
    const request = await echoLink('erin');
    const response = await submit(request.linkId, { apiKey: '  key-alice  ' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Echo is connected');
    expect((await test.router.connectedAccounts.get(request.id)).status).toBe('ACTIVE');
    const session = await test.router.create('erin', { toolkits: ['echo'] });
    expect((await session.execute('ECHO_GET', { id: '1' })).data).toMatchObject({ account: 'alice' });
  });

  it("redirects to the link's callback URL afterwards", async () => {
    await start();
    const request = await echoLink('erin', { callbackUrl: CALLBACK });
    const response = await submit(request.linkId, { apiKey: 'key-alice' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      status: 'success',
      connected_account_id: request.id,
    });
  });

  it('checks the key with the toolkit’s check request: a wrong one gets the form again with the reason, nothing stored', async () => {
    const checkedEcho = {
      ...echoToolkit,
      credentialCheck: { method: 'GET' as const, path: '/things/me', identity: ['account'] },
    };
    await start({ toolkits: [checkedEcho, oauthEchoToolkit] });
    const request = await echoLink('erin');
    test.api.queue.push({ status: 401 });
    const refused = await submit(request.linkId, { apiKey: 'WRONG-KEY' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('Echo did not accept these credentials (GET /things/me answered 401 Unauthorized');
    expect(html).toContain('Nothing was stored');
    expect(html).not.toContain('WRONG-KEY');
    expect((await test.router.connectedAccounts.get(request.id)).status).toBe('INITIATED');
    const accepted = await submit(request.linkId, { apiKey: 'key-alice' });
    expect(accepted.status).toBe(200);
    expect(await test.router.connectedAccounts.get(request.id)).toMatchObject({
      status: 'ACTIVE',
      label: 'alice',
    });
  });

  it('shows the form again with the reason for an empty key, without activating anything', async () => {
    await start();
    const request = await echoLink();
    const response = await submit(request.linkId, { apiKey: '   ' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('<form method="post">');
    expect((await test.router.connectedAccounts.get(request.id)).status).toBe('INITIATED');
  });

  it('never echoes a secret back, and keeps a basic-auth username', async () => {
    const basic = defineToolkit({
      ...echoToolkit,
      slug: 'basicecho',
      name: 'Basic Echo',
      auth: [{ mode: 'basic' }],
    });
    await start({ toolkits: [basic] });
    await test.router.authConfigs.create({ toolkit: 'basicecho', mode: 'basic' });
    const session = await test.router.create('erin', { toolkits: ['basicecho'] });
    const request = await session.authorize('basicecho');
    const html = await (await submit(request.linkId, { username: 'erin@example.com', password: '' })).text();
    expect(html).toContain('value="erin@example.com"');
    const secret = await (await submit(request.linkId, { username: '', password: 'hunter2-secret' })).text();
    expect(secret).not.toContain('hunter2-secret');
  });

  it('refuses a form posted from another site', async () => {
    await start();
    const request = await echoLink();
    const response = await submit(request.linkId, { apiKey: 'key-alice' }, 'https://evil.example');
    expect(response.status).toBe(403);
    expect((await test.router.connectedAccounts.get(request.id)).status).toBe('INITIATED');
  });

  it('escapes everything that comes from toolkits and links', async () => {
    const hostile = defineToolkit({
      ...echoToolkit,
      slug: 'hostile',
      name: '<script>alert("name")</script> & Co',
      connectHelp: 'Paste <img src=x onerror=alert(1)> here "quoted"',
      logo: 'https://logo.example/x.png" onload="alert(1)',
    });
    await start({ toolkits: [hostile] });
    await test.router.authConfigs.create({ toolkit: 'hostile', mode: 'api_key' });
    const session = await test.router.create('erin', { toolkits: ['hostile'] });
    const request = await session.authorize('hostile');
    const html = await (await browser.request(`/connect/${request.linkId}`)).text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('" onload="');
    expect(html).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('Paste &lt;img src=x onerror=alert(1)&gt; here &quot;quoted&quot;');
    // The form again with an error, and the success page: the name stays escaped on every page.
    const again = await (await submit(request.linkId, { apiKey: ' ' })).text();
    expect(again).toContain('<p class="error" role="alert">');
    expect(again).toContain(
      '<title>Connect &lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; Co · toolrouter',
    );
    const done = await (await submit(request.linkId, { apiKey: 'key-alice' })).text();
    expect(done).toContain(
      '<h1>&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; Co is connected</h1>',
    );
    for (const page of [again, done]) expect(page).not.toMatch(/<script|<img src=x/);
  });
});

describe('/connect/:linkId link problems', () => {
  it('says when a link is unknown, used or expired', async () => {
    const store = memoryStore();
    await start({ store });
    const unknown = await test.app.request('/connect/lnk_does_not_exist');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This connect link does not exist');

    const used = await echoLink('erin');
    await submit(used.linkId, { apiKey: 'key-alice' });
    for (const response of [
      await browser.request(`/connect/${used.linkId}`),
      await submit(used.linkId, { apiKey: 'key-bob' }),
    ]) {
      expect(response.status).toBe(410);
      expect(await response.text()).toContain('already used');
    }

    const expired = await echoLink('frank');
    await store.execute('UPDATE connect_links SET expires_at = ? WHERE id = ?', [
      '2000-01-01T00:00:00.000Z',
      expired.linkId,
    ]);
    const page = await test.app.request(`/connect/${expired.linkId}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('has expired');
    expect((await submit(expired.linkId, { apiKey: 'key-bob' })).status).toBe(410);
  });
});

describe('/connect/:linkId when the store fails', () => {
  it('shows a generic page, never the store error that names the database host and user', async () => {
    const inner = memoryStore();
    let failing = false;
    const store: Store = {
      ...inner,
      query: (sql, params) => {
        if (!failing) return inner.query(sql, params);
        throw new StoreError({
          message:
            'Cannot connect to PostgreSQL at db.internal:5432/toolrouter as user tr_admin: connect ECONNREFUSED.',
        });
      },
    };
    await start({ store });
    const request = await echoLink();
    await browser.csrfFor(request.linkId);
    failing = true;
    for (const response of [
      await test.app.request(`/connect/${request.linkId}`),
      await submit(request.linkId, { apiKey: 'key-alice' }),
    ]) {
      expect(response.status).toBe(500);
      const html = await response.text();
      expect(html).toContain('Something went wrong on our side');
      expect(html).not.toContain('db.internal');
      expect(html).not.toContain('tr_admin');
    }
    expect(test.errors).toHaveLength(2);
  });
});

describe('/connect/:linkId for OAuth and /oauth/callback', () => {
  async function oauthLink(userId = 'gina') {
    await test.router.authConfigs.create({
      toolkit: 'oauthecho',
      mode: 'oauth2',
      credentials: { clientId: 'client-123', clientSecret: 'shh' },
    });
    const session = await test.router.create(userId, { toolkits: ['oauthecho'] });
    return session.authorize('oauthecho', { callbackUrl: CALLBACK });
  }

  it('redirects an OAuth link to the provider with state, PKCE and the exact callback URI', async () => {
    await start();
    const request = await oauthLink();
    const response = await browser.request(`/connect/${request.linkId}`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(
      oauthEchoToolkit.auth[0]!.mode === 'oauth2' ? oauthEchoToolkit.auth[0]!.authorizationUrl : '',
    );
    expect(location.searchParams.get('client_id')).toBe('client-123');
    expect(location.searchParams.get('redirect_uri')).toBe(`${TEST_BASE_URL}/oauth/callback`);
    expect(location.searchParams.get('state')).toMatch(/^[\w-]{40,}$/);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('handles a denied consent: the account is FAILED and the browser goes back to the app', async () => {
    await start();
    const request = await oauthLink();
    const authorize = new URL((await browser.request(`/connect/${request.linkId}`)).headers.get('location')!);
    const state = authorize.searchParams.get('state')!;
    const response = await browser.request(
      `/oauth/callback?error=access_denied&error_description=${encodeURIComponent('<b>no</b>')}&state=${state}`,
    );
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('status')).toBe('failed');
    const account = await test.router.connectedAccounts.get(request.id);
    expect(account.status).toBe('FAILED');
    expect(account.statusReason).toContain('denied');
  });

  it('shows a failure page for a denied consent without a callback URL', async () => {
    await start();
    await test.router.authConfigs.create({
      toolkit: 'oauthecho',
      mode: 'oauth2',
      credentials: { clientId: 'client-123', clientSecret: 'shh' },
    });
    const session = await test.router.create('hal', { toolkits: ['oauthecho'] });
    const request = await session.authorize('oauthecho');
    const state = new URL(
      (await browser.request(`/connect/${request.linkId}`)).headers.get('location')!,
    ).searchParams.get('state')!;
    const response = await browser.request(
      `/oauth/callback?error=access_denied&error_description=${encodeURIComponent('<b>no</b>')}&state=${state}`,
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('The account was not connected');
    expect(html).toContain('&lt;b&gt;no&lt;/b&gt;');
  });

  it('refuses a callback without a valid state, and a replayed one', async () => {
    await start();
    for (const query of ['', '?code=abc', '?code=abc&state=forged']) {
      const response = await browser.request(`/oauth/callback${query}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('could not be matched');
    }
    const request = await oauthLink();
    const state = new URL(
      (await browser.request(`/connect/${request.linkId}`)).headers.get('location')!,
    ).searchParams.get('state')!;
    await browser.request(`/oauth/callback?error=access_denied&state=${state}`);
    const replay = await browser.request(`/oauth/callback?error=access_denied&state=${state}`);
    expect(replay.status).toBeGreaterThanOrEqual(400);
    expect(replay.status).toBeLessThan(500);
  });
});

describe('connect links are bound to the first browser that opens them', () => {
  async function oauthLink() {
    await test.router.authConfigs.create({
      toolkit: 'oauthecho',
      mode: 'oauth2',
      credentials: { clientId: 'client-123', clientSecret: 'shh' },
    });
    const session = await test.router.create('ivy', { toolkits: ['oauthecho'] });
    return session.authorize('oauthecho', { callbackUrl: CALLBACK });
  }

  it('sets an HttpOnly SameSite cookie on first open and puts a CSRF token in the form', async () => {
    await start();
    const request = await echoLink();
    const page = await test.app.request(`/connect/${request.linkId}`);
    const cookie = page.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^toolrouter_connect=[\w-]{40,}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(await page.text()).toMatch(/<input type="hidden" name="csrf" value="[\w-]{40,}">/);
  });

  it('refuses the form from another browser, without a cookie, or without the CSRF token', async () => {
    await start();
    const request = await echoLink();
    const csrf = (await browser.csrfFor(request.linkId))!;
    const attacker = createBrowser();
    const post = (fields: Record<string, string>, cookie?: string) =>
      test.app.request(`/connect/${request.linkId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
        body: new URLSearchParams(fields).toString(),
      });
    // The link was opened by `browser`: the attacker's own page view is refused too.
    expect((await attacker.request(`/connect/${request.linkId}`)).status).toBe(403);
    expect((await post({ apiKey: 'attacker-key', csrf })).status).toBe(403);
    expect((await post({ apiKey: 'attacker-key', csrf }, attacker.cookie)).status).toBe(403);
    expect((await post({ apiKey: 'attacker-key' }, browser.cookie)).status).toBe(403);
    expect(
      (await post({ apiKey: 'attacker-key', csrf: `${csrf.slice(0, -2)}xx` }, browser.cookie)).status,
    ).toBe(403);
    expect((await test.router.connectedAccounts.get(request.id)).status).toBe('INITIATED');
    expect(await (await submit(request.linkId, { apiKey: 'key-alice' })).text()).toContain(
      'Echo is connected',
    );
  });

  it('refuses to restart OAuth or finish the callback in another browser, and leaves the flow intact', async () => {
    await start();
    const request = await oauthLink();
    const started = await browser.request(`/connect/${request.linkId}`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const attacker = createBrowser();
    expect((await attacker.request(`/connect/${request.linkId}`)).status).toBe(403);
    const stolen = await attacker.request(`/oauth/callback?error=access_denied&state=${state}`);
    expect(stolen.status).toBe(403);
    expect((await test.app.request(`/oauth/callback?error=access_denied&state=${state}`)).status).toBe(403);
    expect((await test.router.connectedAccounts.get(request.id)).status).toBe('INITIATED');
    const own = await browser.request(`/oauth/callback?error=access_denied&state=${state}`);
    expect(own.status).toBe(302);
    expect((await test.router.connectedAccounts.get(request.id)).status).toBe('FAILED');
  });
});
