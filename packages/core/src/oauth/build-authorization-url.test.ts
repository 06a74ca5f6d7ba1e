import { describe, expect, it } from 'vitest';
import { buildAuthorizationUrl } from './build-authorization-url.ts';

const slackScheme = {
  mode: 'oauth2' as const,
  authorizationUrl: 'https://slack.com/oauth/v2/authorize',
  tokenUrl: 'https://slack.com/api/oauth.v2.access',
  scopes: [],
  scopeSeparator: ',',
  authorizeParams: { user_scope: 'channels:read,chat:write' },
  tokenResponsePath: 'authed_user',
  pkce: false,
};

describe('buildAuthorizationUrl', () => {
  it('follows Slack: no scope parameter when there are no scopes, user_scope from authorizeParams', () => {
    const url = new URL(
      buildAuthorizationUrl({
        scheme: slackScheme,
        clientId: 'cid',
        redirectUri: 'https://tr.example.com/oauth/callback',
        scopes: [],
        state: 's1',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      user_scope: 'channels:read,chat:write',
      response_type: 'code',
      client_id: 'cid',
      redirect_uri: 'https://tr.example.com/oauth/callback',
      state: 's1',
    });
  });

  it('joins scopes with the separator, adds S256 PKCE, and never lets authorizeParams replace the flow parameters', () => {
    const url = new URL(
      buildAuthorizationUrl({
        scheme: {
          ...slackScheme,
          authorizationUrl: 'https://example.com/authorize?tenant=common',
          authorizeParams: {
            state: 'evil',
            redirect_uri: 'https://evil.example.com',
            access_type: 'offline',
          },
        },
        clientId: 'cid',
        redirectUri: 'https://tr.example.com/oauth/callback',
        scopes: ['a', 'b'],
        state: 's2',
        codeChallenge: 'challenge',
      }),
    );
    expect(url.searchParams.get('tenant')).toBe('common');
    expect(url.searchParams.get('scope')).toBe('a,b');
    expect(url.searchParams.get('state')).toBe('s2');
    expect(url.searchParams.get('redirect_uri')).toBe('https://tr.example.com/oauth/callback');
    expect(url.searchParams.get('access_type')).toBe('offline');
    expect(url.searchParams.get('code_challenge')).toBe('challenge');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.getAll('state')).toHaveLength(1);
  });

  it('joins with a space by default', () => {
    const { scopeSeparator: _separator, ...scheme } = slackScheme;
    const url = new URL(
      buildAuthorizationUrl({
        scheme,
        clientId: 'c',
        redirectUri: 'https://r.example.com/cb',
        scopes: ['repo', 'user'],
        state: 's',
      }),
    );
    expect(url.searchParams.get('scope')).toBe('repo user');
  });
});
