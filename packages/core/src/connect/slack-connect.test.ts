import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type OAuth2Scheme, slack } from '@toolrouter/toolkits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../store/memory-store.ts';
import { ToolRouter } from '../tool-router.ts';

/**
 * Slack's OAuth v2 for user tokens, as documented: the token endpoint takes client_id and
 * client_secret in the form body and answers 200 with the user token nested under `authed_user`
 * (refreshes, with token rotation on, answer flat), and `{ ok: false, error }` on failure.
 */
let tokenUrl: string;
let apiUrl: string;
const exchanges: Array<Record<string, string>> = [];
const server = createServer(async (request, response) => {
  let text = '';
  for await (const chunk of request) text += chunk;
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  response.setHeader('content-type', 'application/json');
  if (url.pathname === '/api/oauth.v2.access') {
    const form = Object.fromEntries(new URLSearchParams(text));
    exchanges.push(form);
    if (form.client_secret !== 'slack-secret')
      return response.end(JSON.stringify({ ok: false, error: 'invalid_client' }));
    if (form.grant_type === 'refresh_token') {
      return response.end(
        JSON.stringify({
          ok: true,
          access_token: 'xoxp-2',
          refresh_token: 'xoxe-2',
          expires_in: 43200,
          token_type: 'user',
        }),
      );
    }
    if (form.code !== 'slack-code') return response.end(JSON.stringify({ ok: false, error: 'invalid_code' }));
    return response.end(
      JSON.stringify({
        ok: true,
        app_id: 'A1',
        team: { id: 'T1', name: 'Team' },
        authed_user: {
          id: 'U1',
          scope: 'chat:write',
          access_token: 'xoxp-1',
          token_type: 'user',
          refresh_token: 'xoxe-1',
          expires_in: 1,
        },
      }),
    );
  }
  const token = request.headers.authorization?.replace('Bearer ', '');
  // auth.test: who the token belongs to (the credential check, which names the account).
  if (url.pathname === '/api/auth.test') {
    response.end(JSON.stringify({ ok: token === 'xoxp-1', team: 'Acme Team', user: 'ann' }));
    return;
  }
  // Web API: auth.test-like echo of the token it got.
  response.end(
    JSON.stringify({
      ok: true,
      token_label: token === 'xoxp-2' ? 'refreshed' : token === 'xoxp-1' ? 'first' : 'unknown',
    }),
  );
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tokenUrl = `${origin}/api/oauth.v2.access`;
  apiUrl = `${origin}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('connecting Slack (user token, nested token response)', () => {
  it('asks for user_scope without a scope parameter, stores the authed_user token, and refreshes from the flat answer', async () => {
    const scheme = slack.auth[0] as OAuth2Scheme;
    const router = new ToolRouter({
      builtinToolkits: false,
      toolkits: [{ ...slack, auth: [{ ...scheme, tokenUrl }] }],
      toolkitBaseUrls: { slack: apiUrl },
      managedAuth: { slack: { clientId: 'slack-client', clientSecret: 'slack-secret' } },
      encryptionKeys: [randomBytes(32).toString('base64')],
      baseUrl: 'https://tr.example.com',
      store: memoryStore(),
    });
    const session = await router.create('alice', { toolkits: ['slack'] });
    const request = await session.authorize('slack');
    const linkId = request.redirectUrl.split('/').at(-1)!;
    const authorizationUrl = new URL(await router.connect.startOAuth(linkId));
    expect(authorizationUrl.origin + authorizationUrl.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorizationUrl.searchParams.has('scope')).toBe(false);
    expect(authorizationUrl.searchParams.get('user_scope')).toBe(scheme.authorizeParams!.user_scope);
    expect(authorizationUrl.searchParams.has('code_challenge')).toBe(false);
    expect(authorizationUrl.searchParams.get('redirect_uri')).toBe('https://tr.example.com/oauth/callback');

    // A wrong code: Slack answers 200 { ok: false } and the account fails with the reason.
    const state = authorizationUrl.searchParams.get('state')!;
    const failed = await router.connect.handleOAuthCallback({ state, code: 'wrong' });
    expect(failed).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/invalid_code/) });

    const retry = await session.authorize('slack');
    const retryUrl = new URL(await router.connect.startOAuth(retry.redirectUrl.split('/').at(-1)!));
    const done = await router.connect.handleOAuthCallback({
      state: retryUrl.searchParams.get('state'),
      code: 'slack-code',
    });
    expect(done).toMatchObject({ status: 'ACTIVE', connectedAccountId: retry.id });
    // The check request after the exchange named the account with its workspace.
    expect(await router.connectedAccounts.get(retry.id)).toMatchObject({ label: 'Acme Team' });
    expect(exchanges.at(-1)).toMatchObject({
      grant_type: 'authorization_code',
      client_id: 'slack-client',
      code: 'slack-code',
    });

    // The token lives a second: once it is in its last fifth, the next call refreshes it first
    // (flat answer) and uses the new one.
    await new Promise((resolve) => setTimeout(resolve, 900));
    const result = await session.execute('SLACK_LIST_CHANNELS', {});
    expect(exchanges.at(-1)).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'xoxe-1' });
    expect(result.data).toMatchObject({ token_label: 'refreshed' });
    await router.close();
  });
});
