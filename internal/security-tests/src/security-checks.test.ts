import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuthTokenError } from '@toolrouter/core';
import { requestToken } from '@toolrouter/core/test';
import { createTestApp, TEST_API_KEY, type TestApp } from '@toolrouter/server/test';
import { afterEach, describe, expect, it } from 'vitest';
import { reportFigure } from './report-figure.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function app(options: Parameters<typeof createTestApp>[0] = {}): Promise<TestApp> {
  const created = await createTestApp(options);
  apps.push(created);
  return created;
}

const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'check', version: '1' } },
});

function mcpPost(test: TestApp, sessionId: string, authorization: string, body = INITIALIZE, host?: string) {
  return test.app.request(`/mcp/${sessionId}`, {
    method: 'POST',
    headers: {
      authorization,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...(host ? { host } : {}),
    },
    body,
  });
}

describe('security checks', () => {
  it('token requests: no redirect is followed', async () => {
    const bodies: string[] = [];
    const elsewhere = createServer(async (request, response) => {
      let text = '';
      for await (const chunk of request) text += chunk;
      bodies.push(text);
      response.end('{"access_token":"x"}');
    }).listen(0, '127.0.0.1');
    await once(elsewhere, 'listening');
    let status = 307;
    const token = createServer((_request, response) => {
      response
        .writeHead(status, {
          location: `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/steal`,
        })
        .end();
    }).listen(0, '127.0.0.1');
    await once(token, 'listening');
    let refused = 0;
    const statuses = [301, 302, 303, 307, 308];
    for (status of statuses) {
      const error = await requestToken({
        scheme: {
          mode: 'oauth2',
          authorizationUrl: 'https://p.test/a',
          tokenUrl: `http://127.0.0.1:${(token.address() as AddressInfo).port}/token`,
          scopes: [],
        },
        app: { clientId: 'c', clientSecret: 'canary-secret-0123456789' },
        params: { grant_type: 'authorization_code', code: 'canary-code', code_verifier: 'canary-verifier' },
        providerName: 'P',
        fetch: globalThis.fetch,
        timeoutMs: 5_000,
        now: new Date(),
      }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      if (OAuthTokenError.isInstance(error) && error.error === 'redirect_refused') refused++;
    }
    elsewhere.close();
    token.close();
    reportFigure(
      'oauth.token-redirects',
      `${bodies.length}/${statuses.length}`,
      `requests that reached the target; refused ${refused}`,
    );
    expect(bodies).toEqual([]);
    expect(refused).toBe(statuses.length);
  });

  it('redaction: no encoded piece of a secret in tool results', async () => {
    const secret = 'sk_canary_Q7d9Wm2PzX4vTn8Rk3Lb6Hc';
    // An upstream that echoes the key it got, encoded every way, at every base64 alignment.
    const echo = createServer((request, response) => {
      const key = String(request.headers['x-api-key'] ?? '');
      const forms: Record<string, string> = { hex: Buffer.from(key).toString('hex') };
      for (let prefix = 0; prefix < 3; prefix++) {
        const bytes = Buffer.from(`${'p'.repeat(prefix)}:${key}:tail`);
        forms[`b64_${prefix}`] = bytes.toString('base64');
        forms[`b64url_${prefix}`] = bytes.toString('base64url');
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(forms));
    }).listen(0, '127.0.0.1');
    await once(echo, 'listening');
    const { createEchoRouter } = await import('@toolrouter/core/test');
    const router = createEchoRouter(`http://127.0.0.1:${(echo.address() as AddressInfo).port}`, {
      warn: () => {},
    });
    const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    await router.connectedAccounts.create({
      userId: 'alice',
      authConfigId: authConfig.id,
      credentials: { apiKey: secret },
    });
    const session = await router.create('alice', { toolkits: ['echo'] });
    const result = JSON.stringify(await session.execute('ECHO_GET', { id: '1' }));
    let leaks = 0;
    for (let prefix = 0; prefix < 3; prefix++) {
      const bytes = Buffer.concat([Buffer.alloc(prefix, 0x41), Buffer.from(secret)]);
      for (const encoded of [bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')]) {
        const core = encoded.slice(Math.ceil((prefix * 8) / 6) + 1, -3);
        for (let start = 0; start + 8 <= core.length; start += 4)
          if (result.includes(core.slice(start, start + 8))) leaks++;
      }
    }
    await router.close();
    echo.close();
    reportFigure('redaction.encoded-leaks', leaks, 'raw, base64 x3 alignments, base64url x3, hex');
    expect(leaks).toBe(0);
    expect(result).toContain('[REDACTED]');
  });

  it('Host header: foreign hosts get 421 on REST and MCP', async () => {
    const test = await app();
    const session = await test.router.create('alice');
    const hosts = [
      'evil.test',
      'toolrouter.test.evil.test',
      'localhost',
      '127.0.0.1:8080',
      'attacker.example:443',
    ];
    let answered = 0;
    for (const host of hosts) {
      const rest = await test.app.request('/api/v1/toolkits', {
        headers: { host, authorization: `Bearer ${TEST_API_KEY}` },
      });
      const mcp = await mcpPost(test, session.sessionId, session.mcp.headers.Authorization, INITIALIZE, host);
      for (const response of [rest, mcp]) if (response.status !== 421) answered++;
    }
    reportFigure(
      'http.host-header',
      `${answered}/${hosts.length * 2}`,
      'foreign Host answered with anything but 421',
    );
    expect(answered).toBe(0);
  });

  it('connect links: nothing accepted from another browser', async () => {
    const test = await app();
    await test.router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
    const session = await test.router.create('victim', { toolkits: ['echo'] });
    const link = await session.authorize('echo');
    const page = await test.app.request(`/connect/${link.linkId}`);
    const victimCookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const attackerPage = await test.app.request(`/connect/${link.linkId}`);
    const attackerCookie = attackerPage.headers.get('set-cookie')?.split(';')[0];
    const post = (fields: Record<string, string>, cookie?: string) =>
      test.app.request(`/connect/${link.linkId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
        body: new URLSearchParams(fields).toString(),
      });
    const attempts = [
      attackerPage,
      await post({ apiKey: 'attacker-key' }),
      await post({ apiKey: 'attacker-key', csrf }),
      await post({ apiKey: 'attacker-key', csrf }, attackerCookie),
      await post({ apiKey: 'attacker-key' }, victimCookie),
    ];
    const accepted = attempts.filter((response) => response.status < 400).length;
    const account = await test.router.connectedAccounts.get(link.id);
    reportFigure(
      'connect.foreign-browser',
      `${accepted}/${attempts.length}`,
      `account status ${account.status}`,
    );
    expect(accepted).toBe(0);
    expect(account.status).toBe('INITIATED');
  });

  it('MCP 401s carry invalid_token and resource_metadata', async () => {
    const test = await app();
    const session = await test.router.create('alice');
    let missing = 0;
    const attempts = 20;
    for (let index = 0; index < attempts; index++) {
      const response = await mcpPost(
        test,
        index % 2 ? session.sessionId : `ses_unknown${index}`,
        `Bearer trs_wrong_${index}`,
      );
      const header = response.headers.get('www-authenticate') ?? '';
      if (
        response.status !== 401 ||
        !header.includes('error="invalid_token"') ||
        !header.includes('resource_metadata="')
      )
        missing++;
    }
    reportFigure('mcp.401-challenge', `${missing}/${attempts}`, '401s without the RFC 9728 challenge');
    expect(missing).toBe(0);
  });

  it('rate limits: bursts and wrong credentials get 429', async () => {
    const burst = await app();
    const session = await burst.router.create('alice');
    const list = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
    let limitedBurst = 0;
    for (let index = 0; index < 2_000; index++) {
      const response = await mcpPost(burst, session.sessionId, session.mcp.headers.Authorization, list);
      await response.arrayBuffer();
      if (response.status === 429) limitedBurst++;
    }
    reportFigure(
      'ratelimit.session-burst',
      `${limitedBurst}/2000`,
      '429s for one session (limit 600 a minute)',
    );

    const keys = await app();
    let limitedKeys = 0;
    for (let index = 0; index < 1_000; index++) {
      const response = await keys.app.request('/api/v1/toolkits', {
        headers: { authorization: `Bearer wrong-${index}` },
      });
      if (response.status === 429) limitedKeys++;
    }
    reportFigure(
      'ratelimit.wrong-admin-keys',
      `${limitedKeys}/1000`,
      '429s (20 failures a minute per address)',
    );

    const tokens = await app();
    const target = await tokens.router.create('alice');
    let limitedTokens = 0;
    for (let index = 0; index < 1_000; index++) {
      const response = await mcpPost(tokens, target.sessionId, `Bearer trs_wrong_${index}`);
      if (response.status === 429) limitedTokens++;
    }
    reportFigure(
      'ratelimit.wrong-mcp-tokens',
      `${limitedTokens}/1000`,
      '429s (20 failures a minute per address)',
    );
    expect(limitedBurst).toBeGreaterThan(0);
    expect(limitedKeys).toBeGreaterThan(0);
    expect(limitedTokens).toBeGreaterThan(0);
  }, 120_000);
});
