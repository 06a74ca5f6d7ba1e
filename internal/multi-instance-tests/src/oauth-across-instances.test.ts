import type { ConnectedAccount } from '@toolrouter/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_CALLBACK } from '../../../packages/core/src/connect/test-support/oauth-test-kit.ts';
import { completeOAuthInBrowser } from './cluster/connect-things.ts';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';
import type { Instance } from './cluster/start-instance.ts';

let cluster: Cluster;
let a: Instance;
let b: Instance;
let c: Instance;
beforeAll(async () => {
  cluster = await startCluster(3);
  [a, b, c] = cluster.instances as [Instance, Instance, Instance];
});
afterAll(() => cluster?.close());

describe('an OAuth connection across three instances', () => {
  it('authorize on A, connect page on B, callback on C: the waiter on A is woken by NOTIFY within 100 ms', async () => {
    const session = await cluster.rest(a, 'POST', '/sessions', {
      userId: 'alice',
      config: { toolkits: ['things'] },
    });
    expect(session.status).toBe(201);
    const request = await cluster.rest(a, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
      toolkit: 'things',
      callbackUrl: ALLOWED_CALLBACK,
    });
    expect(request.status).toBe(201);
    expect(request.body.redirectUrl).toBe(
      `${cluster.env.TOOLROUTER_BASE_URL}/connect/${request.body.linkId}`,
    );

    // The REST API has no long-poll for a connection, so A's waiter is an SDK router on the same
    // schema (instance A as an application embedding toolrouter would run it).
    const waiter = cluster.sdkRouter();
    await waiter.connectedAccounts.get(request.body.id);
    let resolvedAt = 0;
    const waiting = waiter.connectedAccounts
      .waitForConnection(request.body.id, 20_000)
      .then((account: ConnectedAccount) => {
        resolvedAt = Date.now();
        return account;
      });

    const codeExchangesBefore = cluster.oauth.provider.tokenRequests.authorization_code;
    const { callback, sentAt, answeredAt } = await completeOAuthInBrowser({
      linkId: request.body.linkId,
      pageOn: b,
      callbackOn: c,
      login: 'alice',
    });
    expect(callback.status).toBe(302);
    const back = new URL(callback.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(ALLOWED_CALLBACK);
    expect(back.searchParams.get('status')).toBe('success');
    expect(back.searchParams.get('connected_account_id')).toBe(request.body.id);

    const account = await waiting;
    expect(account).toMatchObject({
      id: request.body.id,
      status: 'ACTIVE',
      toolkit: 'things',
      userId: 'alice',
    });
    expect(cluster.oauth.provider.tokenRequests.authorization_code).toBe(codeExchangesBefore + 1);

    // C wrote ACTIVE (and published) at `connected_at`; the waiter polls only every 5 s, so waking
    // within 100 ms of that write (and of C's answer) means the event pushed it.
    const [row] = await cluster.sql<{ connected_at: string }>(
      'SELECT connected_at FROM connected_accounts WHERE id = $1',
      [request.body.id],
    );
    const activatedAt = Date.parse(row!.connected_at);
    console.info(
      `[figures] NOTIFY gap: waiter on A woke ${resolvedAt - activatedAt} ms after C wrote ACTIVE; ${resolvedAt - answeredAt} ms after C's callback answer (callback round trip ${answeredAt - sentAt} ms)`,
    );
    expect(resolvedAt).toBeGreaterThanOrEqual(sentAt);
    expect(resolvedAt - activatedAt).toBeLessThan(100);
    expect(resolvedAt - answeredAt).toBeLessThan(100);
  });

  it('the tokens C stored work on every instance, and C used up the state for all of them', async () => {
    const session = await cluster.rest(b, 'POST', '/sessions', {
      userId: 'bob',
      config: { toolkits: ['things'] },
    });
    const request = await cluster.rest(b, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
      toolkit: 'things',
    });
    const { callback } = await completeOAuthInBrowser({
      linkId: request.body.linkId,
      pageOn: c,
      callbackOn: c,
      login: 'bob',
    });
    expect(callback.status).toBe(200);
    expect(await callback.text()).toContain('Things');

    for (const instance of [a, b, c]) {
      const result = await cluster.rest(instance, 'POST', `/sessions/${session.body.sessionId}/execute`, {
        toolSlug: 'THINGS_WHOAMI',
        arguments: {},
      });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ successful: true, data: { subject: 'bob' } });
    }

    // The same link again on A: used, whichever instance used it.
    const again = await fetch(`${a.url}/connect/${request.body.linkId}`, { redirect: 'manual' });
    expect(again.status).toBe(410);
  });
});
