import { describe, expect, it } from 'vitest';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi({ 'key-good': 'alice-good', 'key-typo': 'alice-typo' });

describe('an API key the API rejects (401)', () => {
  it('answers with a reconnect result and a connect link, marks the account, and stops picking it', async () => {
    const router = createEchoRouter(api.url);
    const [, typo] = await connectEchoAccounts(router, [
      { userId: 'alice', apiKey: 'key-good' },
      { userId: 'alice', apiKey: 'key-typo' },
    ]);
    const session = await router.create('alice', { toolkits: ['echo'] });
    api.queue.push({ status: 401 });
    const rejected = await session.execute('ECHO_GET', { id: '1' });
    expect(rejected.successful).toBe(false);
    expect(rejected.data).toMatchObject({
      connection_required: true,
      toolkit: 'echo',
      redirect_url: expect.stringContaining('/connect/lnk_'),
    });
    expect(rejected.error).toContain(
      `Echo answered 401 Unauthorized: status 401; the stored credentials of account ${typo.id} were rejected`,
    );
    expect(rejected.data).toMatchObject({ upstream: { message: 'status 401' } });
    expect(rejected.error).toMatch(/Ask the user to open .*\/connect\/lnk_/);
    expect(JSON.stringify(rejected)).not.toContain('key-typo');
    expect(await router.connectedAccounts.get(typo.id)).toMatchObject({
      status: 'EXPIRED',
      statusReason: 'credentials rejected: Echo answered 401 Unauthorized',
    });
    const next = await session.execute('ECHO_GET', { id: '2' });
    expect(next).toMatchObject({ successful: true, data: { account: 'alice-good' } });
  });

  it('without manageConnections it says to reconnect in the application', async () => {
    const router = createEchoRouter(api.url);
    await connectEchoAccounts(router, [{ userId: 'bob', apiKey: 'key-typo' }]);
    const session = await router.create('bob', { toolkits: ['echo'], manageConnections: false });
    api.queue.push({ status: 401 });
    const rejected = await session.execute('ECHO_GET', { id: '1' });
    expect(rejected).toMatchObject({
      successful: false,
      data: { connection_required: true, redirect_url: null },
    });
    expect(rejected.error).toMatch(/ask the user to connect Echo in the application/);
  });
});
