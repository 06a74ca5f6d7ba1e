import type { ConnectedAccount } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAuthorization } from '../../../packages/core/src/connect/test-support/complete-authorization.ts';
import { REDIRECT_URI } from '../../../packages/core/src/connect/test-support/oauth-test-kit.ts';
import type { ConnectedAccountRow } from '../../../packages/core/src/connected-account/connected-account-row.ts';
import { completeOAuthInBrowser } from './cluster/connect-things.ts';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';
import type { Instance } from './cluster/start-instance.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(3);
});
afterAll(() => cluster?.close());

describe('an instance killed in the middle of an OAuth callback', () => {
  it('leaves the account without credentials, and the user connects again through the others', async () => {
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
    const callback = fetch(`${c.url}${landing.pathname}${landing.search}`, { redirect: 'manual' }).then(
      (response) => response.status,
      () => 'connection lost',
    );
    await cluster.tokenGate.held();
    await c.kill();
    expect(await callback).toBe('connection lost');
    cluster.tokenGate.release();

    const [account] = await cluster.sql<ConnectedAccountRow>(
      'SELECT * FROM connected_accounts WHERE id = $1',
      [first.body.id],
    );
    expect(account!.status).not.toBe('ACTIVE');
    expect(account!.credentials).toBeNull();
    const [link] = await cluster.sql<{ used_at: string | null }>(
      'SELECT used_at FROM connect_links WHERE id = $1',
      [first.body.linkId],
    );
    console.info(
      `[figures] callback crash: account left ${account!.status}, its link ${link!.used_at ? 'used up' : 'still pending'}`,
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
