import type { ConnectedAccountRow } from '@toolrouter/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectThings } from './cluster/connect-things.ts';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';
import type { Instance } from './cluster/start-instance.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(['postgres', 'sqlite'] as const)('SIGTERM during a slow token refresh (%s)', (store) => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(1, { store });
  });
  afterAll(() => cluster?.close());

  it('the stopping instance stores the rotated refresh token before it closes the store', async () => {
    const [a] = cluster.instances as [Instance];
    const { provider } = cluster.oauth;
    provider.settings.accessTokenTtlSeconds = 1;
    const { sessionId, accountId } = await connectThings(cluster, 'sam', [a, a, a]);
    provider.settings.accessTokenTtlSeconds = 3600;
    await sleep(1200);

    // The provider rotates the refresh token at once; its answer reaches the instance only after
    // the instance was told to stop and its HTTP grace (2 s) has run out.
    cluster.tokenGate.holdAnswers();
    const call = cluster.rest(a, 'POST', `/sessions/${sessionId}/execute`, {
      toolSlug: 'THINGS_WHOAMI',
      arguments: {},
    });
    await cluster.tokenGate.held();
    const stopped = a.stop();
    await sleep(2_600);
    const answer = await call.catch((error: unknown) => error);
    cluster.tokenGate.release();
    expect(await stopped).toBe(0);

    const issued = cluster.tokenGate.answers.refresh_token!.at(-1)!.refresh_token as string;
    const [row] = await cluster.sql<ConnectedAccountRow>('SELECT * FROM connected_accounts WHERE id = $1', [
      accountId,
    ]);
    const stored = cluster.decryptCredentials(row!) as { refreshToken: string };
    const kept = stored.refreshToken === issued;
    console.info(
      `[figures] SIGTERM during refresh (${store}): rotated refresh token stored ${kept ? 1 : 0}/1; the call cut by the grace got ${answer instanceof Error ? 'a reset' : `${(answer as { status: number }).status} ${(answer as { body: { error?: { code?: string } } }).body?.error?.code}`}`,
    );
    expect(kept).toBe(true);
    expect(row!.status).toBe('ACTIVE');
    expect(answer).toMatchObject({ status: 503, body: { error: { code: 'SHUTTING_DOWN' } } });

    // The stored refresh token is the live one: the provider takes it.
    const client = provider.clients.post;
    const check = await fetch(provider.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: stored.refreshToken,
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }),
    });
    expect(check.status).toBe(200);
  });
});
