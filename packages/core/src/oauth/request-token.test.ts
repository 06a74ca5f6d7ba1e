import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthTokenError } from '../errors/oauth-token-error.ts';
import { requestToken } from './request-token.ts';
import { MAX_TOKEN_LIFETIME_SECONDS, tokenExpiry } from './token-expiry.ts';

interface Received {
  authorization: string | undefined;
  body: Record<string, string>;
}

/** A token endpoint that answers what the test queues, in the shapes providers use, and records requests. */
let received: Received[] = [];
let answers: Array<{ status?: number; contentType?: string; body: string }> = [];
let tokenUrl: string;
const server = createServer(async (request: IncomingMessage, response) => {
  let text = '';
  for await (const chunk of request) text += chunk;
  received.push({
    authorization: request.headers.authorization,
    body: Object.fromEntries(new URLSearchParams(text)),
  });
  const answer = answers.shift() ?? { status: 500, body: '{}' };
  response.writeHead(answer.status ?? 200, { 'content-type': answer.contentType ?? 'application/json' });
  response.end(answer.body);
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/oauth.v2.access`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const now = new Date('2026-01-01T00:00:00.000Z');
const slack = () => ({
  mode: 'oauth2' as const,
  authorizationUrl: 'https://slack.com/oauth/v2/authorize',
  tokenUrl,
  scopes: [],
  tokenResponsePath: 'authed_user',
});
const call = (
  scheme: Parameters<typeof requestToken>[0]['scheme'],
  params: Record<string, string>,
  app = { clientId: 'cid', clientSecret: 'csecret' },
) => {
  received = [];
  return requestToken({
    scheme,
    app,
    params,
    providerName: 'Slack',
    fetch: globalThis.fetch,
    timeoutMs: 5_000,
    now,
  });
};

describe('requestToken', () => {
  it("takes Slack's user token from authed_user on the code exchange, client credentials in the body", async () => {
    answers = [
      {
        body: JSON.stringify({
          ok: true,
          app_id: 'A1',
          team: { id: 'T1' },
          authed_user: {
            id: 'U1',
            scope: 'chat:write,search:read',
            access_token: 'xoxp-user',
            token_type: 'user',
            refresh_token: 'xoxe-1',
            expires_in: 43200,
          },
        }),
      },
    ];
    const tokens = await call(slack(), {
      grant_type: 'authorization_code',
      code: 'c1',
      redirect_uri: 'https://tr.example.com/oauth/callback',
    });
    expect(tokens).toEqual({
      accessToken: 'xoxp-user',
      refreshToken: 'xoxe-1',
      expiresAt: '2026-01-01T12:00:00.000Z',
      obtainedAt: '2026-01-01T00:00:00.000Z',
      tokenType: 'user',
      scope: 'chat:write,search:read',
    });
    expect(received[0]).toEqual({
      authorization: undefined,
      body: {
        grant_type: 'authorization_code',
        code: 'c1',
        redirect_uri: 'https://tr.example.com/oauth/callback',
        client_id: 'cid',
        client_secret: 'csecret',
      },
    });
  });

  it("falls back to the top level when the nested path is absent (Slack's refresh answer)", async () => {
    answers = [
      {
        body: JSON.stringify({
          ok: true,
          access_token: 'xoxp-new',
          refresh_token: 'xoxe-2',
          expires_in: 60,
          token_type: 'user',
        }),
      },
    ];
    const tokens = await call(slack(), { grant_type: 'refresh_token', refresh_token: 'xoxe-1' });
    expect(tokens).toMatchObject({
      accessToken: 'xoxp-new',
      refreshToken: 'xoxe-2',
      expiresAt: '2026-01-01T00:01:00.000Z',
    });
  });

  it("treats Slack's ok:false with 200 as a refusal and names the error code", async () => {
    answers = [{ body: JSON.stringify({ ok: false, error: 'invalid_code' }) }];
    const attempt = call(slack(), { grant_type: 'authorization_code', code: 'c1', redirect_uri: 'x' });
    await expect(attempt).rejects.toSatisfy(
      (error: unknown) => OAuthTokenError.isInstance(error) && error.error === 'invalid_code',
    );
  });

  it('authenticates with HTTP Basic (form-encoded parts) when clientAuth is basic, and reads form-encoded answers', async () => {
    answers = [
      {
        contentType: 'application/x-www-form-urlencoded',
        body: 'access_token=gho_1&scope=repo%2Cuser&token_type=bearer',
      },
    ];
    const tokens = await call(
      { ...slack(), clientAuth: 'basic', tokenResponsePath: undefined },
      { grant_type: 'authorization_code', code: 'c2', redirect_uri: 'x' },
      { clientId: 'id:1', clientSecret: 's+e/c r=t' },
    );
    expect(tokens).toEqual({ accessToken: 'gho_1', tokenType: 'bearer', scope: 'repo,user' });
    const { authorization, body } = received[0]!;
    expect(Buffer.from(authorization!.replace('Basic ', ''), 'base64').toString()).toBe(
      'id%3A1:s%2Be%2Fc+r%3Dt',
    );
    expect(body).not.toHaveProperty('client_secret');
    expect(body).not.toHaveProperty('client_id');
  });

  it('an invalid_grant keeps its code and never repeats the refresh token, even when the provider echoes it', async () => {
    answers = [
      {
        status: 400,
        body: JSON.stringify({
          error: 'invalid_grant',
          error_description: 'refresh token rt-secret-123456 was revoked',
        }),
      },
    ];
    const error = await call(slack(), {
      grant_type: 'refresh_token',
      refresh_token: 'rt-secret-123456',
    }).catch((caught: unknown) => caught);
    expect(OAuthTokenError.isInstance(error) && error.error).toBe('invalid_grant');
    expect((error as Error).message).toMatch(/Slack refused the token request \(400 invalid_grant/);
    expect((error as Error).message).not.toContain('rt-secret-123456');
  });

  it('reports an answer without an access token, a non-JSON answer and an unreachable endpoint', async () => {
    answers = [
      { body: JSON.stringify({ ok: true }) },
      { status: 502, contentType: 'text/html', body: '<html>bad gateway</html>' },
    ];
    await expect(call(slack(), { grant_type: 'refresh_token', refresh_token: 'r' })).rejects.toThrow(
      /without an access_token \(looked at 'authed_user' and the top level\)/,
    );
    await expect(call(slack(), { grant_type: 'refresh_token', refresh_token: 'r' })).rejects.toSatisfy(
      (error: unknown) =>
        OAuthTokenError.isInstance(error) && error.error === 'invalid_response' && error.status === 502,
    );
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(
      call(
        { ...slack(), tokenUrl: `http://127.0.0.1:${port}/token` },
        { grant_type: 'refresh_token', refresh_token: 'r' },
      ),
    ).rejects.toSatisfy(
      (error: unknown) => OAuthTokenError.isInstance(error) && error.error === 'network_error',
    );
  });
});

describe('requestToken reads expires_in defensively', () => {
  const github = () => ({
    mode: 'oauth2' as const,
    authorizationUrl: 'https://github.com/login/oauth/authorize',
    tokenUrl,
    scopes: [],
  });
  const refresh = { grant_type: 'refresh_token', refresh_token: 'r-old' };
  const answer = (expiresIn: unknown) => {
    answers = [
      { body: JSON.stringify({ access_token: 'a-new', refresh_token: 'r-new', expires_in: expiresIn }) },
    ];
    return call(github(), refresh);
  };

  it('clamps an absurd lifetime (1e13 s, past what a Date holds) to a year and keeps the rotated refresh token', async () => {
    const tokens = await answer(1e13);
    expect(tokens.refreshToken).toBe('r-new');
    expect(tokens.expiresAt).toBe(new Date(now.getTime() + MAX_TOKEN_LIFETIME_SECONDS * 1000).toISOString());
    expect((await answer(Number.MAX_VALUE)).refreshToken).toBe('r-new');
  });

  it('reads a numeric string, and treats zero, negative and unreadable values as "not said"', async () => {
    expect((await answer('3600')).expiresAt).toBe('2026-01-01T01:00:00.000Z');
    for (const odd of [0, -5, 'soon', '', null, true, { seconds: 1 }, '1e400', Number.NaN]) {
      const tokens = await answer(odd);
      expect(tokens.refreshToken, String(odd)).toBe('r-new');
      expect(tokens.expiresAt, String(odd)).toBeUndefined();
    }
  });
});

describe('tokenExpiry', () => {
  it('returns the expiry and the time of issue, or nothing', () => {
    expect(tokenExpiry(60, now)).toEqual({
      expiresAt: '2026-01-01T00:01:00.000Z',
      obtainedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(tokenExpiry(undefined, now)).toBeUndefined();
    expect(tokenExpiry(Number.POSITIVE_INFINITY, now)?.expiresAt).toBe('2027-01-01T00:00:00.000Z');
  });
});
