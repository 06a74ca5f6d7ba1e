import type { AuthScheme, Credentials } from '@toolrouter/toolkits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { caughtError } from '../test-support/caught-error.ts';
import { applyCredentials, credentialSecrets } from './apply-credentials.ts';
import { startTestServer, type TestServer } from './test-support/start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Applies the credentials to a GET of /whoami?page=1 and returns what the server received. */
async function receivedWith(scheme: AuthScheme, credentials: Credentials) {
  const target = applyCredentials(
    { url: new URL(`${server.origin}/whoami?page=1`), headers: new Headers({ accept: 'application/json' }) },
    scheme,
    credentials,
  );
  await (await fetch(target.url, { headers: target.headers })).text();
  return server.requests.at(-1)!;
}

/** The ValidationError `call` throws. */
function thrownBy(call: () => unknown): ValidationError {
  return caughtError(call, ValidationError.isInstance, 'a ValidationError');
}

describe('applyCredentials', () => {
  it('puts an API key into the named header, after its prefix', async () => {
    const received = await receivedWith(
      { mode: 'api_key', in: 'header', name: 'Authorization', prefix: 'Token ' },
      { apiKey: 'key_abc123' },
    );
    expect(received.headers.authorization).toBe('Token key_abc123');
    const plain = await receivedWith(
      { mode: 'api_key', in: 'header', name: 'x-api-key' },
      { apiKey: 'key_abc123' },
    );
    expect(plain.headers['x-api-key']).toBe('key_abc123');
  });

  it('puts an API key into the query, keeping the other parameters', async () => {
    const received = await receivedWith(
      { mode: 'api_key', in: 'query', name: 'api_key' },
      { apiKey: 'k&y=1' },
    );
    expect(received.url.searchParams.get('page')).toBe('1');
    expect(received.url.searchParams.get('api_key')).toBe('k&y=1');
  });

  it('sends bearer and OAuth 2 tokens as Authorization: Bearer', async () => {
    expect((await receivedWith({ mode: 'bearer' }, { token: 'tok_1' })).headers.authorization).toBe(
      'Bearer tok_1',
    );
    const oauth: AuthScheme = {
      mode: 'oauth2',
      authorizationUrl: 'https://a/authorize',
      tokenUrl: 'https://a/token',
    };
    const received = await receivedWith(oauth, {
      accessToken: 'at_1',
      refreshToken: 'rt_1',
      tokenType: 'bearer',
    });
    expect(received.headers.authorization).toBe('Bearer at_1');
  });

  it('sends basic credentials as base64(username:password), an empty password included', async () => {
    const received = await receivedWith({ mode: 'basic' }, { username: 'ada', password: 'pässwörd:1' });
    expect(received.headers.authorization).toBe(`Basic ${Buffer.from('ada:pässwörd:1').toString('base64')}`);
    const stripeStyle = await receivedWith({ mode: 'basic' }, { username: 'sk_test_1', password: '' });
    expect(stripeStyle.headers.authorization).toBe(`Basic ${Buffer.from('sk_test_1:').toString('base64')}`);
  });

  it('adds nothing for the none scheme', async () => {
    const received = await receivedWith({ mode: 'none' }, { token: 'unused' });
    expect(received.headers.authorization).toBeUndefined();
    expect(received.target).toBe('/whoami?page=1');
  });

  it('refuses credentials that do not fit the scheme, without quoting any secret', () => {
    const target = { url: new URL('https://api.example.com/'), headers: new Headers() };
    const wrongShape = thrownBy(() =>
      applyCredentials(target, { mode: 'bearer' }, { apiKey: 'secret_value_1' }),
    );
    expect(wrongShape.field).toBe('credentials.token');
    expect(wrongShape.message).toContain('do not fit the bearer auth scheme');
    expect(wrongShape.message).not.toContain('secret_value_1');
    expect(() => applyCredentials(target, { mode: 'basic' }, { username: 'ada' } as Credentials)).toThrow(
      ValidationError,
    );
    const broken = thrownBy(() => applyCredentials(target, { mode: 'bearer' }, { token: 'secret\nvalue_2' }));
    expect(broken.message).not.toContain('value_2');
    expect(target.headers.has('authorization')).toBe(false);
  });
});

describe('credentialSecrets', () => {
  it('lists the secret values and the basic token, not the metadata', () => {
    expect(
      credentialSecrets({ accessToken: 'at', refreshToken: 'rt', expiresAt: '2030', scope: 'repo' }),
    ).toEqual(['at', 'rt']);
    expect(credentialSecrets({ username: 'ada', password: 'pw' })).toEqual([
      'pw',
      Buffer.from('ada:pw').toString('base64'),
    ]);
    expect(credentialSecrets(undefined)).toEqual([]);
  });
});
