import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defineToolkit } from '@toolrouter/toolkits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialsRejectedError } from '../errors/credentials-rejected-error.ts';
import { testRouter } from '../test-support/test-router.ts';
import { testStore } from '../test-support/test-store.ts';

/** A vendor-shaped API: `GET /me` answers who the key belongs to, `POST /auth.test` Slack-style. */
let server: Server;
let apiUrl: string;
const checks: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const key = request.headers['x-api-key'];
    checks.push(`${request.method} ${request.url}`);
    response.setHeader('content-type', 'application/json');
    if (request.url === '/auth.test') {
      response.end(
        JSON.stringify(key === 'good' ? { ok: true, team: 'Acme' } : { ok: false, error: 'invalid_auth' }),
      );
      return;
    }
    if (key === 'good') response.end(JSON.stringify({ login: 'octo', email: 'octo@example.com' }));
    else if (key === 'other-good') response.end(JSON.stringify({ email: 'second@example.com' }));
    else {
      response.statusCode = 401;
      response.end(JSON.stringify({ message: 'Bad credentials' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const tools = [
  {
    slug: 'CHECKED_ME',
    name: 'Who am I',
    description: 'Who the key belongs to.',
    inputSchema: { type: 'object' as const, properties: {} },
    request: { method: 'GET' as const, path: '/me' },
  },
];
const checked = defineToolkit({
  slug: 'checked',
  name: 'Checked',
  description: 'An API whose keys are checked before they are stored.',
  baseUrl: 'https://checked.invalid',
  auth: [{ mode: 'api_key', in: 'header', name: 'x-api-key' }],
  credentialCheck: { method: 'GET', path: '/me', identity: ['login', 'email'] },
  tools,
});
const slackish = defineToolkit({
  slug: 'slackish',
  name: 'Slackish',
  description: 'Answers 200 with ok: false for a bad token.',
  baseUrl: 'https://slackish.invalid',
  auth: [{ mode: 'api_key', in: 'header', name: 'x-api-key' }],
  credentialCheck: { method: 'POST', path: '/auth.test', okField: 'ok', identity: ['team'] },
  tools: [{ ...tools[0]!, slug: 'SLACKISH_ME' }],
});

function router(baseUrls: Record<string, string> = {}) {
  return testRouter({
    builtinToolkits: false,
    toolkits: [checked, slackish],
    toolkitBaseUrls: { checked: apiUrl, slackish: apiUrl, ...baseUrls },
    encryptionKeys: [randomBytes(32).toString('base64')],
    store: testStore(),
  });
}

/** Connects alice with `apiKey` on `authConfigId`: the check request runs first unless the auth config turns it off. */
function connectAlice(toolRouter: ReturnType<typeof router>, authConfigId: string, apiKey: string) {
  return toolRouter.connectedAccounts.create({ userId: 'alice', authConfigId, credentials: { apiKey } });
}

describe('checking credentials before they are stored', () => {
  it('connectedAccounts.create stores a key the API accepts, labelled with who it is', async () => {
    const toolRouter = router();
    const authConfig = await toolRouter.authConfigs.create({ toolkit: 'checked', mode: 'api_key' });
    expect(authConfig.verifyCredentials).toBe(true);
    const account = await connectAlice(toolRouter, authConfig.id, 'good');
    expect(account).toMatchObject({ status: 'ACTIVE', label: 'octo' });
    const second = await connectAlice(toolRouter, authConfig.id, 'other-good');
    expect(second.label).toBe('second@example.com');
  });

  it('refuses a wrong key with the API’s reason, stores nothing, and the working account keeps running', async () => {
    const toolRouter = router();
    const authConfig = await toolRouter.authConfigs.create({ toolkit: 'checked', mode: 'api_key' });
    await connectAlice(toolRouter, authConfig.id, 'good');
    const attempt = connectAlice(toolRouter, authConfig.id, 'WRONG-KEY');
    await expect(attempt).rejects.toSatisfy(CredentialsRejectedError.isInstance);
    await expect(attempt).rejects.toMatchObject({
      toolkit: 'checked',
      status: 401,
      message:
        'Checked did not accept these credentials (GET /me answered 401 Unauthorized: Bad credentials). Nothing was stored: check them and try again.',
    });
    expect(await toolRouter.connectedAccounts.list({ userId: 'alice' })).toHaveLength(1);
    const session = await toolRouter.create('alice', { toolkits: ['checked'] });
    expect(await session.execute('CHECKED_ME', {})).toMatchObject({
      successful: true,
      data: { login: 'octo' },
    });
  });

  it('reads a Slack-style ok: false as a refusal', async () => {
    const toolRouter = router();
    const authConfig = await toolRouter.authConfigs.create({ toolkit: 'slackish', mode: 'api_key' });
    await expect(connectAlice(toolRouter, authConfig.id, 'bad')).rejects.toThrow(
      /POST \/auth\.test answered ok: false \(invalid_auth\)/,
    );
    const account = await connectAlice(toolRouter, authConfig.id, 'good');
    expect(account.label).toBe('Acme');
  });

  it('says the API could not be reached, without the key, and stores nothing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const toolRouter = router({ checked: `http://127.0.0.1:${port}` });
    const authConfig = await toolRouter.authConfigs.create({ toolkit: 'checked', mode: 'api_key' });
    const attempt = connectAlice(toolRouter, authConfig.id, 'secret-key-123');
    await expect(attempt).rejects.toMatchObject({
      status: null,
      message: expect.stringContaining(`could not reach 127.0.0.1:${port}: connection refused`),
    });
    await expect(attempt).rejects.not.toThrow(/secret-key-123/);
    expect(await toolRouter.connectedAccounts.list({ userId: 'alice' })).toEqual([]);
  });

  it('an auth config with verifyCredentials: false stores keys unchecked', async () => {
    const toolRouter = router();
    const authConfig = await toolRouter.authConfigs.create({
      toolkit: 'checked',
      mode: 'api_key',
      verifyCredentials: false,
    });
    const before = checks.length;
    const account = await connectAlice(toolRouter, authConfig.id, 'anything');
    expect(checks.length).toBe(before);
    expect(account).toMatchObject({ status: 'ACTIVE', label: null });
    expect(await toolRouter.authConfigs.update(authConfig.id, { verifyCredentials: true })).toMatchObject({
      verifyCredentials: true,
    });
    await expect(
      toolRouter.authConfigs.update(authConfig.id, { verifyCredentials: 'no' } as never),
    ).rejects.toMatchObject({ field: 'verifyCredentials' });
  });

  it('the connect form refuses wrong credentials and keeps the link usable; right ones connect with a label', async () => {
    const toolRouter = router();
    await toolRouter.authConfigs.create({ toolkit: 'checked', mode: 'api_key' });
    const session = await toolRouter.create('bob', { toolkits: ['checked'] });
    const request = await session.authorize('checked');
    await expect(toolRouter.connect.submitCredentials(request.linkId, { apiKey: 'WRONG' })).rejects.toSatisfy(
      CredentialsRejectedError.isInstance,
    );
    expect(await toolRouter.connect.getLink(request.linkId)).toMatchObject({ status: 'pending' });
    expect(await toolRouter.connectedAccounts.get(request.id)).toMatchObject({ status: 'INITIATED' });
    await toolRouter.connect.submitCredentials(request.linkId, { apiKey: 'good' });
    expect(await toolRouter.connectedAccounts.get(request.id)).toMatchObject({
      status: 'ACTIVE',
      label: 'octo',
    });
  });
});
