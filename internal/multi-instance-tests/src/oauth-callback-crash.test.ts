import { type ConnectedAccount, ConnectionFailedError } from '@toolrouter/core';
import {
  CONNECTION_FINISH_GRACE_MS,
  type ConnectedAccountRow,
  UNFINISHED_CONNECTION_REASON,
} from '@toolrouter/core/test';
import { completeAuthorization, REDIRECT_URI } from '@toolrouter/core/test/oauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeOAuthInBrowser } from './cluster/connect-things.ts';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';
import type { Instance } from './cluster/start-instance.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(3);
});
afterAll(() => cluster?.close());

describe('an instance killed in the middle of an OAuth callback', () => {
  it('leaves the account without credentials, FAILED once the grace has passed, and the user connects again through the others', async () => {
    const [a, b, c] = cluster.instances as [Instance, Instance, Instance];
    const session = await cluster.rest(a, 'POST', '/sessions', {
      userId: 'erin',
      config: { toolkits: ['things'] },
    });
    const first = await cluster.rest(a, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
      toolkit: 'things',
    });
    const page = await fetch(`${b.url}/connect/${first.body.linkId}`, { redirect: 'manual' });
    const landing = await completeAuthorization(page.headers.get('location')!, {
      redirectUri: REDIRECT_URI,
      login: 'erin',
    });

    // C has claimed the link and is exchanging the code when it dies.
    cluster.tokenGate.hold();
    const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
    const callback = fetch(`${c.url}${landing.pathname}${landing.search}`, {
      redirect: 'manual',
      headers: { cookie },
    }).then(
      (response) => response.status,
      () => 'connection lost',
    );
    await cluster.tokenGate.held();
    await c.kill();
    expect(await callback).toBe('connection lost');
    cluster.tokenGate.release();

    const accountRow = async () =>
      (
        await cluster.sql<ConnectedAccountRow>('SELECT * FROM connected_accounts WHERE id = $1', [
          first.body.id,
        ])
      )[0]!;
    const [link] = await cluster.sql<{ used_at: string | null }>(
      'SELECT used_at FROM connect_links WHERE id = $1',
      [first.body.linkId],
    );
    // C died after using up the link and before storing any token.
    expect(link!.used_at).not.toBeNull();
    expect(await accountRow()).toMatchObject({ status: 'INITIATED', credentials: null });
    // Within the grace C's exchange might still finish, so the survivors leave it alone.
    expect((await cluster.rest(b, 'POST', '/connect-links/sweep')).body).toEqual({ failed: 0, expired: 0 });
    expect((await accountRow()).status).toBe('INITIATED');

    // Once the grace has passed (the link was used longer ago than it), a waiter on A is told at
    // once that the connection will not finish, and the account is FAILED for everyone.
    await cluster.sql('UPDATE connect_links SET used_at = $1 WHERE id = $2', [
      new Date(Date.now() - CONNECTION_FINISH_GRACE_MS - 1000).toISOString(),
      first.body.linkId,
    ]);
    const stale = cluster.sdkRouter().connectedAccounts.waitForConnection(first.body.id, 20_000);
    await expect(stale).rejects.toSatisfy(ConnectionFailedError.isInstance);
    await expect(stale).rejects.toThrow(/did not finish/);
    expect(await accountRow()).toMatchObject({
      status: 'FAILED',
      status_reason: UNFINISHED_CONNECTION_REASON,
      credentials: null,
    });
    expect((await cluster.rest(b, 'GET', `/connected-accounts/${first.body.id}`)).body).toMatchObject({
      status: 'FAILED',
    });
    console.info(
      '[figures] callback crash: account left INITIATED with its link used up, FAILED after the grace',
    );

    // Starting over works on the surviving instances, and a waiter on A sees it.
    const again = await cluster.rest(a, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
      toolkit: 'things',
    });
    const waiter = cluster.sdkRouter();
    const waiting: Promise<ConnectedAccount> = waiter.connectedAccounts.waitForConnection(
      again.body.id,
      20_000,
    );
    const { callback: done } = await completeOAuthInBrowser({
      linkId: again.body.linkId,
      pageOn: b,
      callbackOn: a,
      login: 'erin',
    });
    expect(done.status).toBe(200);
    expect(await waiting).toMatchObject({ id: again.body.id, status: 'ACTIVE' });
    const result = await cluster.rest(b, 'POST', `/sessions/${session.body.sessionId}/execute`, {
      toolSlug: 'THINGS_WHOAMI',
      arguments: {},
    });
    expect(result.body).toMatchObject({ successful: true, data: { subject: 'erin' } });
  });
});
