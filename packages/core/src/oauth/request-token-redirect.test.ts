import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthTokenError } from '../errors/oauth-token-error.ts';
import { rejectionOf } from '../test-support/rejection-of.ts';
import { requestToken } from './request-token.ts';

/** The token endpoint answers what `answer` says; `elsewhere` is the host a redirect points at. */
let answer: (response: import('node:http').ServerResponse) => void = (response) => response.end('{}');
let tokenServer: Server;
let elsewhere: Server;
let tokenUrl: string;
let elsewhereUrl: string;
const elsewhereBodies: string[] = [];

beforeAll(async () => {
  tokenServer = createServer((_request, response) => answer(response)).listen(0, '127.0.0.1');
  elsewhere = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    elsewhereBodies.push(text);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"stolen"}');
  }).listen(0, '127.0.0.2');
  await Promise.all([once(tokenServer, 'listening'), once(elsewhere, 'listening')]);
  tokenUrl = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}/token`;
  elsewhereUrl = `http://127.0.0.2:${(elsewhere.address() as AddressInfo).port}/collect`;
});
afterAll(() => {
  tokenServer.close();
  elsewhere.close();
});

const clientSecret = 'cs_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc';
const call = (params: Record<string, string>) =>
  requestToken({
    scheme: { mode: 'oauth2', authorizationUrl: 'https://provider.test/authorize', tokenUrl, scopes: [] },
    app: { clientId: 'cid', clientSecret },
    params,
    providerName: 'Provider',
    fetch: globalThis.fetch,
    timeoutMs: 5_000,
    now: new Date('2026-01-01T00:00:00.000Z'),
  });

/** The OAuthTokenError `promise` rejects with. */
function tokenError(promise: Promise<unknown>): Promise<OAuthTokenError> {
  return rejectionOf(promise, OAuthTokenError.isInstance);
}

describe('requestToken and redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    'never follows a %i: the secret, code and verifier stay home',
    async (status) => {
      answer = (response) => response.writeHead(status, { location: elsewhereUrl }).end();
      const error = await tokenError(
        call({
          grant_type: 'authorization_code',
          code: 'code-123',
          code_verifier: 'verifier-456',
          redirect_uri: 'x',
        }),
      );
      expect(error.error).toBe('redirect_refused');
      expect(error.status).toBe(status);
      expect(elsewhereBodies).toEqual([]);
    },
  );
});

describe('requestToken error_description', () => {
  it('redacts a secret before cutting the description, so no prefix of it survives', async () => {
    // The secret straddles the 300-character cut: cut first, its first part would be left unrecognised.
    const description = `${'x'.repeat(260)} client_secret=${clientSecret} rest`;
    answer = (response) =>
      response
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'invalid_client', error_description: description }));
    const error = await tokenError(call({ grant_type: 'refresh_token', refresh_token: 'rt-1' }));
    for (let start = 0; start + 8 <= clientSecret.length; start++) {
      expect(error.message).not.toContain(clientSecret.slice(start, start + 8));
    }
    expect(error.message).toContain('invalid_client');
  });
});
